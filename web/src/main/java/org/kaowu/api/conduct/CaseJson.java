package org.kaowu.api.conduct;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.kaowu.conduct.CaseAppeal;
import org.kaowu.conduct.CaseDefence;
import org.kaowu.conduct.CasePoint;
import org.kaowu.conduct.CaseReport;
import org.kaowu.conduct.Cases;
import org.kaowu.conduct.CertificateVoid;
import org.kaowu.conduct.MisconductCase;
import org.kaowu.conduct.MisconductRule;
import org.kaowu.conduct.VoidedScore;

import java.util.Locale;

/** Cases as JSON: the office's list rows and page, and the candidate's (without the office's internal notes). */
final class CaseJson {

    private CaseJson() {
    }

    static JsonObject row(Cases.Row r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id()).add("number", r.number())
                .add("party", r.party().name()).add("status", r.status().name()).add("ruleCode", r.ruleCode())
                .add("article", r.article()).add("examId", r.examId()).add("exam", r.exam()).add("year", r.year())
                .add("area", r.area()).add("name", r.name()).add("idNumberMasked", r.maskedIdNumber())
                .add("createdAt", r.createdAt().toString()).add("provincial", r.provincial());
        if (r.defenceDeadline() != null) {
            b.add("defenceDeadline", r.defenceDeadline().toString());
        }
        return b.build();
    }

    private static void opt(JsonObjectBuilder b, String name, Object v) {
        if (v == null) {
            b.addNull(name);
        } else if (v instanceof Number n) {
            b.add(name, n.longValue());
        } else if (v instanceof Boolean f) {
            b.add(name, f);
        } else {
            b.add(name, v.toString());
        }
    }

    static JsonObject rule(MisconductRule r, Locale l) {
        return Json.createObjectBuilder().add("id", r.getId()).add("code", r.getCode()).add("version", r.getVersion())
                .add("article", r.getArticle()).add("behaviour", r.behaviour(l)).add("source", r.getSource())
                .add("scoreVoid", r.getScoreVoid().name()).add("record", r.getRecordPeriod().name())
                .add("staffBar", r.getStaffBar().name()).add("certificateVoid", r.isCertificateVoid())
                .add("provincial", r.isProvincial()).build();
    }

    /** The whole case; {@code office} adds who reported, re-checked and decided, and the effects' reversal. */
    static JsonObject detail(Cases.Detail d, Locale l, boolean office, boolean referred) {
        MisconductCase c = d.c();
        JsonObjectBuilder b = Json.createObjectBuilder(row(d.row()));
        b.add("rule", rule(d.rule(), l)).add("proposedRule", rule(d.proposed(), l));
        opt(b, "ruleReason", c.getRuleReason());
        opt(b, "subject", c.getSubject());
        opt(b, "noticeFacts", c.getNoticeFacts());
        opt(b, "noticeAt", c.getNoticeAt());
        opt(b, "lastDefenceDay", d.lastDefenceDay());
        opt(b, "noticeMethod", c.getNoticeMethod());
        opt(b, "decidedAt", c.getDecidedAt());
        opt(b, "decisionReasons", c.getDecisionReasons());
        opt(b, "effectiveOn", c.getEffectiveOn());
        opt(b, "decisionMethod", c.getDecisionMethod());
        opt(b, "decisionServedAt", c.getDecisionServedAt());
        b.add("referredToProvince", referred);
        if (office) {
            opt(b, "noticeAddress", c.getNoticeAddress());
            opt(b, "decisionAddress", c.getDecisionAddress());
            opt(b, "integrityRecordId", c.getIntegrityRecordId());
            b.add("staffBarred", d.barred());
        }
        JsonArrayBuilder reports = Json.createArrayBuilder();
        for (CaseReport r : d.reports()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", r.getId()).add("source", r.getSource().name())
                    .add("ruleCode", r.getRuleCode()).add("description", r.getDescription());
            opt(o, "subject", r.getSubject());
            opt(o, "site", r.getSiteName());
            opt(o, "room", r.getRoomNumber());
            opt(o, "occurredAt", r.getOccurredAt());
            if (office) {
                o.add("sourceRef", r.getSourceRef()).add("reportedBy", r.getReportedBy());
            }
            reports.add(o);
        }
        b.add("reports", reports);
        JsonArrayBuilder defences = Json.createArrayBuilder();
        for (CaseDefence df : d.defences()) {
            JsonArrayBuilder files = Json.createArrayBuilder();
            d.files().stream().filter(f -> f.defenceId() == df.getId()).forEach(f -> files.add(Json.createObjectBuilder()
                    .add("id", f.id()).add("fileName", f.fileName()).add("contentType", f.contentType()).add("size", f.size())));
            defences.add(Json.createObjectBuilder().add("id", df.getId()).add("text", df.getText())
                    .add("submittedAt", df.getSubmittedAt().toString()).add("byOffice", df.isByOffice()).add("files", files));
        }
        b.add("defences", defences);
        JsonArrayBuilder points = Json.createArrayBuilder();
        for (CasePoint p : d.points()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", p.getId()).add("defenceId", p.getDefenceId())
                    .add("point", p.getPoint()).add("rechecked", p.isChecked());
            opt(o, "finding", p.getFinding());
            points.add(o);
        }
        b.add("points", points);
        JsonArrayBuilder voided = Json.createArrayBuilder();
        for (VoidedScore v : d.voidedScores()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", v.getId()).add("registrationId", v.getRegistrationId())
                    .add("voidedFrom", v.getVoidedFrom().toString());
            opt(o, "subject", v.getSubject());
            opt(o, "restoredOn", v.getRestoredOn());
            voided.add(o);
        }
        b.add("voidedScores", voided);
        JsonArrayBuilder certs = Json.createArrayBuilder();
        for (CertificateVoid v : d.certificateVoids()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", v.getId()).add("declaredOn", v.getDeclaredOn().toString());
            opt(o, "withdrawnOn", v.getWithdrawnOn());
            certs.add(o);
        }
        b.add("certificateVoids", certs);
        JsonArrayBuilder appeals = Json.createArrayBuilder();
        for (CaseAppeal a : d.appeals()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", a.getId()).add("kind", a.getKind().name())
                    .add("filedOn", a.getFiledOn().toString()).add("limitOn", a.getLimitOn().toString()).add("note", a.getNote());
            opt(o, "outcome", a.getOutcome());
            opt(o, "outcomeOn", a.getOutcomeOn());
            opt(o, "outcomeReason", a.getOutcomeReason());
            appeals.add(o);
        }
        b.add("appeals", appeals);
        return b.build();
    }
}
