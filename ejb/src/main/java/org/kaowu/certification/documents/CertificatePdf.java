package org.kaowu.certification.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.kaowu.scheduling.documents.TicketPdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The electronic certificate (电子证书) as a one-page A4 PDF: the title, the holder's photo, every field of
 * {@link CertificateContent} labelled in Chinese with an English sublabel, the identity number in full (this is the
 * holder's own document; lists mask it), a QR code of the public verification page with the verification code
 * beside it, and the authority's signature block (its name and the approval date; the digital signature itself is
 * added by {@link PdfSignatures}, as an invisible field, so that signing never subsets the font again). Text in the
 * embedded CJK font of {@code scheduling.documents.TicketFont}. Pure: everything comes from the content.
 */
public final class CertificatePdf {

    /** The authority's signature block on the page (PDF points from the lower left of A4). */
    static final Rectangle SIGNATURE_BLOCK = new Rectangle(330, 60, 553, 140);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final Color LINE = new Color(0xB8, 0x9B, 0x5E);
    private static final Color SHADE = new Color(0xFB, 0xF6, 0xEA);
    private static final Color INK = new Color(0x7A, 0x1F, 0x1F);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private CertificatePdf() {
    }

    /** The certificate's PDF, not yet signed. */
    public static byte[] render(CertificateContent c, BaseFont font) {
        Font title = new Font(font, 24, Font.NORMAL, INK);
        Font subtitle = new Font(font, 11, Font.NORMAL, INK);
        Font label = new Font(font, 10.5f);
        Font english = new Font(font, 7.5f, Font.NORMAL, GREY);
        Font value = new Font(font, 11.5f);
        Font small = new Font(font, 8.5f, Font.NORMAL, GREY);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document doc = new Document(PageSize.A4, 42, 42, 48, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("职业资格证书 Qualification Certificate " + c.number());
            doc.addCreator("Kaowu");
            doc.addSubject(c.qualification().line());
            doc.open();
            frame(writer.getDirectContent(), doc.getPageSize());

            Paragraph head = new Paragraph("职业资格证书", title);
            head.setAlignment(Element.ALIGN_CENTER);
            doc.add(head);
            Paragraph en = new Paragraph("Professional Qualification Certificate of the People's Republic of China",
                    subtitle);
            en.setAlignment(Element.ALIGN_CENTER);
            en.setSpacingAfter(6);
            doc.add(en);
            Paragraph number = new Paragraph("证书编号 Certificate No.  " + c.number(), value);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(14);
            doc.add(number);

            String[][] rows = {
                    {"持证人姓名", "Holder", c.holderName()},
                    {"公民身份号码", "Identity number", c.idNumber()},
                    {"资格名称", "Qualification", c.qualification().entryName()},
                    {"专业（子项）", "Sub-item", dash(c.qualification().subItem())},
                    {"级别", "Level", dash(c.qualification().level())},
                    {"管理号", "Management No.", c.managementNumber()},
                    {"批准日期", "Approval date", day(c.approvalDate())},
                    {"发证机关", "Issuing authority", c.issuingAuthority()},
                    {"加注有效期", "Annotation valid", day(c.annotationFrom()) + " 至 to " + day(c.annotationUntil())},
                    {"职业资格目录版本", "Catalogue edition", "#" + c.qualification().editionId()},
            };
            PdfPTable table = new PdfPTable(new float[]{1.55f, 3.1f, 1.45f});
            table.setWidthPercentage(100);
            for (int i = 0; i < rows.length; i++) {
                table.addCell(label(rows[i][0], rows[i][1], label, english));
                table.addCell(value(rows[i][2], value));
                if (i == 0) {
                    PdfPCell photo = photoCell(c.photo(), small);
                    photo.setRowspan(5);
                    table.addCell(photo);
                } else if (i == 5) {
                    PdfPCell blank = new PdfPCell();
                    blank.setBorder(Rectangle.NO_BORDER);
                    blank.setRowspan(rows.length - 5);
                    table.addCell(blank);
                }
            }
            doc.add(table);

            PdfPTable bottom = new PdfPTable(new float[]{1.35f, 3.65f});
            bottom.setWidthPercentage(100);
            bottom.setSpacingBefore(18);
            PdfPCell qr = new PdfPCell();
            qr.setBorder(Rectangle.NO_BORDER);
            Image code = TicketPdf.qr(writer.getDirectContent(), c.verificationUrl(), 110);
            qr.addElement(code);
            bottom.addCell(qr);
            PdfPCell verify = new PdfPCell();
            verify.setBorder(Rectangle.NO_BORDER);
            verify.setPaddingLeft(8);
            verify.addElement(new Paragraph("扫码或登录查验页面核验本证书", label));
            verify.addElement(new Paragraph("Scan the code or open the verification page to check this certificate",
                    english));
            Paragraph codeLine = new Paragraph("查验码 Verification code  " + grouped(c.verificationCode()), value);
            codeLine.setSpacingBefore(6);
            verify.addElement(codeLine);
            Paragraph url = new Paragraph(c.verificationUrl(), small);
            url.setSpacingBefore(4);
            verify.addElement(url);
            Paragraph status = new Paragraph("本证书的状态（有效或已撤销）以查验结果为准。"
                    + " Whether it is in force or revoked is what the verification page says.", small);
            status.setSpacingBefore(6);
            verify.addElement(status);
            bottom.addCell(verify);
            doc.add(bottom);

            signatureBlock(writer.getDirectContent(), font, c);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate " + c.number() + " could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** Four groups of four: how the code is printed (and typed back: {@link CertificateContent#normalizeCode}). */
    static String grouped(String code) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(code, i, Math.min(code.length(), i + 4));
        }
        return b.toString();
    }

    /** The authority's name and the approval date in a box, and beside it what the digital signature means. */
    private static void signatureBlock(PdfContentByte cb, BaseFont font, CertificateContent c) {
        Rectangle b = SIGNATURE_BLOCK;
        cb.saveState();
        cb.setColorStroke(INK);
        cb.setLineWidth(1.2f);
        cb.roundRectangle(b.getLeft(), b.getBottom(), b.getWidth(), b.getHeight(), 6);
        cb.stroke();
        cb.beginText();
        cb.setColorFill(INK);
        cb.setFontAndSize(font, 12);
        cb.showTextAligned(Element.ALIGN_CENTER, c.issuingAuthority(), (b.getLeft() + b.getRight()) / 2,
                b.getTop() - 26, 0);
        cb.setFontAndSize(font, 9);
        cb.showTextAligned(Element.ALIGN_CENTER, "发证机关电子签名 Signed by the issuing authority",
                (b.getLeft() + b.getRight()) / 2, b.getTop() - 46, 0);
        cb.showTextAligned(Element.ALIGN_CENTER, day(c.approvalDate()), (b.getLeft() + b.getRight()) / 2,
                b.getTop() - 64, 0);
        cb.setColorFill(GREY);
        cb.setFontAndSize(font, 8);
        float x = b.getLeft() - 288;
        cb.showTextAligned(Element.ALIGN_LEFT, "电子证书，经发证机关数字签名；签名无效或内容被改动即不可信。", x,
                b.getBottom() + 40, 0);
        cb.showTextAligned(Element.ALIGN_LEFT, "Electronic certificate signed by the issuing authority;", x,
                b.getBottom() + 28, 0);
        cb.showTextAligned(Element.ALIGN_LEFT, "not to be trusted if the signature fails or the content changed.", x,
                b.getBottom() + 16, 0);
        cb.endText();
        cb.restoreState();
    }

    private static void frame(PdfContentByte cb, Rectangle page) {
        cb.saveState();
        cb.setColorStroke(LINE);
        cb.setLineWidth(2.5f);
        cb.rectangle(20, 20, page.getWidth() - 40, page.getHeight() - 40);
        cb.stroke();
        cb.setLineWidth(0.6f);
        cb.rectangle(26, 26, page.getWidth() - 52, page.getHeight() - 52);
        cb.stroke();
        cb.restoreState();
    }

    private static String day(LocalDate d) {
        return DAY.format(d);
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }

    private static PdfPCell photoCell(byte[] jpeg, Font font) {
        PdfPCell cell;
        if (jpeg != null) {
            try {
                Image photo = Image.getInstance(jpeg);
                photo.scaleToFit(96, 132);
                cell = new PdfPCell(photo, false);
            } catch (IOException | RuntimeException e) {
                cell = new PdfPCell(new Phrase("照片 Photo", font));
            }
        } else {
            cell = new PdfPCell(new Phrase("照片 Photo", font));
        }
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        cell.setBorderColor(LINE);
        return cell;
    }

    private static PdfPCell label(String zh, String en, Font zhFont, Font enFont) {
        PdfPCell c = new PdfPCell();
        c.setBackgroundColor(SHADE);
        c.setBorderColor(LINE);
        c.setPaddingTop(3);
        c.setPaddingBottom(5);
        c.setPaddingLeft(6);
        Paragraph p = new Paragraph(zh, zhFont);
        p.setLeading(13);
        c.addElement(p);
        Paragraph e = new Paragraph(en, enFont);
        e.setLeading(9);
        c.addElement(e);
        return c;
    }

    private static PdfPCell value(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBorderColor(LINE);
        c.setPadding(6);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }
}
