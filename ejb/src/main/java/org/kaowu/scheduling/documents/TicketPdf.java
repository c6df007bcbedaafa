package org.kaowu.scheduling.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
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
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.kaowu.shared.Messages;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admission ticket (准考证) as a one-page A4 PDF: the candidate (photo, name, masked identity number), the ticket
 * number, the exam, each session with its date and time (Beijing time), each exam day's site with its address, room
 * and seat, a QR code of the signed token ({@link TicketToken}) drawn module by module, and the exam-room rules with
 * their source. Text in the embedded CJK font ({@link TicketFont}), labels in the reader's language. Pure: everything
 * is in {@link Data}.
 */
public final class TicketPdf {

    /** Rules printed on the ticket: the keys {@code ticket.rule.1} to this number, then the source. */
    static final int RULES = 7;
    private static final Color LINE = new Color(0x99, 0x99, 0x99);
    private static final Color SHADE = new Color(0xEE, 0xF2, 0xF7);

    private TicketPdf() {
    }

    /** One session: its day, start and end (Beijing time) and the subject's name. */
    public record Session(LocalDate date, LocalTime start, LocalTime end, String subject) {
    }

    /** One exam day's seat: the site and its address, the room, the seat number. */
    public record Seat(LocalDate day, String site, String address, String room, int seat) {
    }

    /** What a ticket shows. {@code photo} is the JPEG as stored (null: a box saying it is missing). */
    public record Data(int year, String exam, String area, String name, String maskedIdNumber, String ticketNumber,
                       List<Session> sessions, List<Seat> seats, byte[] photo, String token, Locale locale) {
    }

    public static byte[] render(Data d, BaseFont font) {
        Locale l = d.locale() == null ? Messages.CHINESE : d.locale();
        Font title = new Font(font, 18, Font.NORMAL);
        Font heading = new Font(font, 11, Font.NORMAL, new Color(0x1F, 0x3A, 0x5F));
        Font text = new Font(font, 10);
        Font small = new Font(font, 8.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document doc = new Document(PageSize.A4, 42, 42, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(Messages.text(l, "ticket.pdf.title") + " " + d.ticketNumber());
            doc.addCreator("Kaowu");
            doc.open();
            Paragraph head = new Paragraph(Messages.text(l, "ticket.pdf.heading", d.year()), title);
            head.setAlignment(Element.ALIGN_CENTER);
            doc.add(head);
            Paragraph exam = new Paragraph(d.exam(), heading);
            exam.setAlignment(Element.ALIGN_CENTER);
            exam.setSpacingAfter(10);
            doc.add(exam);

            PdfPTable top = new PdfPTable(new float[]{1.3f, 3.2f, 1.6f});
            top.setWidthPercentage(100);
            String[][] rows = {
                    {"ticket.pdf.name", d.name()},
                    {"ticket.pdf.idNumber", d.maskedIdNumber()},
                    {"ticket.pdf.ticketNumber", d.ticketNumber()},
                    {"ticket.pdf.area", d.area()},
            };
            for (int i = 0; i < rows.length; i++) {
                top.addCell(label(Messages.text(l, rows[i][0]), text));
                top.addCell(value(rows[i][1], i == 2 ? new Font(font, 13) : text));
                if (i == 0) {
                    PdfPCell photo = photoCell(d.photo(), Messages.text(l, "ticket.pdf.noPhoto"), small);
                    photo.setRowspan(rows.length);
                    top.addCell(photo);
                }
            }
            doc.add(top);

            doc.add(section(Messages.text(l, "ticket.pdf.sessions"), heading));
            PdfPTable sessions = new PdfPTable(new float[]{1.6f, 1.8f, 3.6f});
            sessions.setWidthPercentage(100);
            sessions.setHeaderRows(1);
            for (String k : List.of("ticket.pdf.date", "ticket.pdf.time", "ticket.pdf.subject")) {
                sessions.addCell(label(Messages.text(l, k), text));
            }
            DateTimeFormatter day = DateTimeFormatter.ofPattern(Messages.text(l, "ticket.pdf.dayPattern"), l);
            DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
            for (Session s : d.sessions()) {
                sessions.addCell(value(day.format(s.date()), text));
                sessions.addCell(value(hm.format(s.start()) + "–" + hm.format(s.end()), text));
                sessions.addCell(value(s.subject(), text));
            }
            doc.add(sessions);

            doc.add(section(Messages.text(l, "ticket.pdf.seats"), heading));
            PdfPTable seats = new PdfPTable(new float[]{1.4f, 2.2f, 3.0f, 0.9f, 0.9f});
            seats.setWidthPercentage(100);
            seats.setHeaderRows(1);
            for (String k : List.of("ticket.pdf.date", "ticket.pdf.site", "ticket.pdf.address", "ticket.pdf.room",
                    "ticket.pdf.seat")) {
                seats.addCell(label(Messages.text(l, k), text));
            }
            for (Seat s : d.seats()) {
                seats.addCell(value(day.format(s.day()), text));
                seats.addCell(value(s.site(), text));
                seats.addCell(value(s.address(), text));
                seats.addCell(value(s.room(), text));
                seats.addCell(value(Integer.toString(s.seat()), new Font(font, 12)));
            }
            doc.add(seats);

            PdfPTable bottom = new PdfPTable(new float[]{4.6f, 1.6f});
            bottom.setWidthPercentage(100);
            bottom.setSpacingBefore(12);
            PdfPCell rules = new PdfPCell();
            rules.setBorderColor(LINE);
            rules.setPadding(6);
            rules.addElement(new Paragraph(Messages.text(l, "ticket.pdf.rules"), heading));
            for (int i = 1; i <= RULES; i++) {
                Paragraph p = new Paragraph(i + ". " + Messages.text(l, "ticket.rule." + i), small);
                p.setLeading(11);
                rules.addElement(p);
            }
            Paragraph source = new Paragraph(Messages.text(l, "ticket.rule.source"), small);
            source.setSpacingBefore(4);
            rules.addElement(source);
            bottom.addCell(rules);
            PdfPCell qr = new PdfPCell();
            qr.setBorderColor(LINE);
            qr.setPadding(6);
            Image code = qr(writer.getDirectContent(), d.token(), 100);
            qr.addElement(code);
            Paragraph caption = new Paragraph(Messages.text(l, "ticket.pdf.qr"), small);
            caption.setAlignment(Element.ALIGN_CENTER);
            qr.addElement(caption);
            bottom.addCell(qr);
            doc.add(bottom);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("ticket " + d.ticketNumber() + " could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** A QR code of the text (error correction M), drawn as filled squares into a template {@code size} points wide. */
    public static Image qr(PdfContentByte cb, String text, float size) throws DocumentException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("token too long for a QR code", e);
        }
        int n = m.getWidth();
        float unit = size / n;
        PdfTemplate t = cb.createTemplate(size, size);
        t.setColorFill(Color.BLACK);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (m.get(x, y)) {
                    t.rectangle(x * unit, size - (y + 1) * unit, unit + 0.01f, unit + 0.01f);
                }
            }
        }
        t.fill();
        Image img = Image.getInstance(t);
        img.setAlignment(Element.ALIGN_CENTER);
        return img;
    }

    private static PdfPCell photoCell(byte[] jpeg, String missing, Font font) {
        PdfPCell cell;
        if (jpeg != null && jpeg.length > 0) {
            try {
                Image photo = Image.getInstance(jpeg);
                photo.scaleToFit(78, 108);
                cell = new PdfPCell(photo, false);
            } catch (IOException | RuntimeException e) {
                cell = new PdfPCell(new Phrase(missing, font));
            }
        } else {
            cell = new PdfPCell(new Phrase(missing, font));
        }
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        cell.setBorderColor(LINE);
        return cell;
    }

    private static Paragraph section(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPCell label(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBackgroundColor(SHADE);
        c.setBorderColor(LINE);
        c.setPadding(5);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    private static PdfPCell value(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, font)));
        c.setBorderColor(LINE);
        c.setPadding(5);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setBorder(Rectangle.BOX);
        return c;
    }
}
