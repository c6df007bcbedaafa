package org.kaowu.conduct;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.kaowu.scheduling.documents.DocumentFonts;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The written decision (处理决定书, Order No. 31 Art. 17) as a PDF in Chinese, the font embedded
 * ({@link DocumentFonts}): the parties, the facts and evidence, the defence and the re-check of each point, the rule
 * and its source, the sanction, and the rights of administrative review and litigation (or the staff review) with
 * their limits counted from the decision's service. Made from the case as stored, so it reads the same each time.
 */
@Stateless
public class DecisionDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    Cases cases;

    @Inject
    DocumentFonts fonts;

    /** The decision of a case the office reads. */
    public byte[] decision(long caseId) {
        return render(cases.detail(caseId));
    }

    /** The decision of the candidate's own case (another's is a 404), once it is issued. */
    public byte[] decisionOf(long accountId, long caseId) {
        return render(cases.detail(cases.own(accountId, caseId)));
    }

    private byte[] render(Cases.Detail d) {
        MisconductCase c = d.c();
        if (c.getDecidedAt() == null) {
            throw new DomainException(Cases.NOT_FOUND, 404, "decision", "conduct.case.noDecision");
        }
        Locale zh = Messages.CHINESE;
        BaseFont base = fonts.font();
        Font title = new Font(base, 18);
        Font heading = new Font(base, 12);
        Font text = new Font(base, 10.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document doc = new Document(PageSize.A4, 56, 56, 48, 48);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(Messages.text(zh, "conduct.pdf.title") + " " + c.getNumber());
            doc.open();
            Paragraph t = new Paragraph(Messages.text(zh, "conduct.pdf.title"), title);
            t.setAlignment(Element.ALIGN_CENTER);
            doc.add(t);
            Paragraph n = new Paragraph(Messages.text(zh, "conduct.pdf.number", c.getNumber()), text);
            n.setAlignment(Element.ALIGN_CENTER);
            n.setSpacingAfter(12);
            doc.add(n);
            Cases.Row row = d.row();
            MisconductRule rule = d.rule();
            section(doc, heading, Messages.text(zh, "conduct.pdf.party"));
            line(doc, text, Messages.text(zh, "conduct.pdf.person", row.name(), cases.idNumber(c)));
            line(doc, text, Messages.text(zh, "conduct.pdf.sitting", row.exam(), String.valueOf(c.getPlanYear()), c.getArea()));
            section(doc, heading, Messages.text(zh, "conduct.pdf.facts"));
            line(doc, text, c.getNoticeFacts() == null ? "-" : c.getNoticeFacts());
            section(doc, heading, Messages.text(zh, "conduct.pdf.evidence"));
            for (CaseReport r : d.reports()) {
                line(doc, text, Messages.text(zh, "conduct.pdf.report." + r.getSource().name(), r.getRuleCode(),
                        r.getSiteName() == null ? "-" : r.getSiteName(), r.getRoomNumber() == null ? "-" : r.getRoomNumber(),
                        r.getOccurredAt() == null ? "-" : DAY.format(LocalDate.ofInstant(r.getOccurredAt(), AuthorityClock.ZONE)),
                        r.getDescription()));
            }
            section(doc, heading, Messages.text(zh, "conduct.pdf.notice"));
            line(doc, text, Messages.text(zh, "conduct.pdf.noticeServed",
                    DAY.format(LocalDate.ofInstant(c.getNoticeAt(), AuthorityClock.ZONE)),
                    DAY.format(d.lastDefenceDay())));
            section(doc, heading, Messages.text(zh, "conduct.pdf.defence"));
            if (d.defences().isEmpty()) {
                line(doc, text, Messages.text(zh, "conduct.pdf.noDefence"));
            }
            for (CaseDefence def : d.defences()) {
                line(doc, text, Messages.text(zh, "conduct.pdf.defenceOn",
                        DAY.format(LocalDate.ofInstant(def.getSubmittedAt(), AuthorityClock.ZONE)), def.getText()));
            }
            for (CasePoint p : d.points()) {
                line(doc, text, Messages.text(zh, "conduct.pdf.point", p.getPoint(), p.getFinding() == null ? "-" : p.getFinding()));
            }
            section(doc, heading, Messages.text(zh, "conduct.pdf.basis"));
            line(doc, text, Messages.text(zh, "conduct.pdf.rule", rule.getCode(), rule.getBehaviourZh(), rule.getSource(),
                    String.valueOf(rule.getVersion())));
            line(doc, text, c.getDecisionReasons());
            section(doc, heading, Messages.text(zh, "conduct.pdf.sanction"));
            line(doc, text, sanction(zh, rule.sanction(), c));
            section(doc, heading, Messages.text(zh, "conduct.pdf.rights"));
            CaseRules.Limits limits = CaseRules.configured();
            if (c.getParty() == Party.CANDIDATE) {
                line(doc, text, Messages.text(zh, "conduct.pdf.rights.candidate", String.valueOf(limits.reviewDays()),
                        String.valueOf(limits.litigationMonths())));
            } else {
                line(doc, text, Messages.text(zh, "conduct.pdf.rights.staff", String.valueOf(limits.staffReviewDays())));
            }
            Paragraph sign = new Paragraph(Messages.text(zh, "conduct.pdf.issued",
                    DAY.format(LocalDate.ofInstant(c.getDecidedAt(), AuthorityClock.ZONE))), text);
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(18);
            doc.add(sign);
            if (c.getDecisionServedAt() != null) {
                line(doc, text, Messages.text(zh, "conduct.pdf.served." + c.getDecisionMethod(),
                        DAY.format(LocalDate.ofInstant(c.getDecisionServedAt(), AuthorityClock.ZONE)), c.getDecisionAddress()));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("decision PDF", e);
        }
        return out.toByteArray();
    }

    /** The sanction in words: each effect the rule orders. */
    public static String sanction(Locale l, Sanction s, MisconductCase c) {
        StringBuilder b = new StringBuilder();
        if (s.scoreVoid() == ScoreVoid.SUBJECT) {
            b.append(Messages.text(l, "conduct.sanction.subject", c.getSubject() == null ? "-" : c.getSubject()));
        } else if (s.scoreVoid() == ScoreVoid.SITTING) {
            b.append(Messages.text(l, "conduct.sanction.sitting"));
        }
        if (s.certificateVoid()) {
            b.append(Messages.text(l, "conduct.sanction.certificate"));
        }
        if (s.record() != RecordPeriod.NONE) {
            b.append(Messages.text(l, "conduct.sanction.record." + s.record().name()));
        }
        if (s.staffBar() != StaffBarPeriod.NONE) {
            b.append(Messages.text(l, "conduct.sanction.bar." + s.staffBar().name()));
        }
        if (b.isEmpty()) {
            b.append(Messages.text(l, "conduct.sanction.none"));
        }
        return b.toString();
    }

    private static void section(Document doc, Font f, String s) throws DocumentException {
        Paragraph p = new Paragraph(s, f);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static void line(Document doc, Font f, String s) throws DocumentException {
        Paragraph p = new Paragraph(s == null ? "-" : s, f);
        p.setLeading(16);
        doc.add(p);
    }
}
