package org.kaowu.scheduling.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.kaowu.scheduling.SeatLayout;
import org.kaowu.shared.Messages;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A site's room documents for one exam day, as one PDF: the site summary (rooms, seats, candidates, ticket numbers
 * from–to), then per room its door list (门贴: seat, ticket number, name masked, as posted on the door) and its sign-in
 * sheet (签到表: in seat order, photo, name, ticket number, masked identity number, a box to sign) with the seat plan
 * (rows × columns, numbered as the room's layout numbers them, the front at the top). Pure: everything is in
 * {@link Site}.
 */
public final class RoomDocumentsPdf {

    private static final Color LINE = new Color(0x88, 0x88, 0x88);
    private static final Color SHADE = new Color(0xEE, 0xF2, 0xF7);

    private RoomDocumentsPdf() {
    }

    /** One candidate in a room: seat (number and cell), ticket number, name and its masked form, photo (may be null). */
    public record Occupant(int seat, int row, int column, String ticketNumber, String name, String maskedName,
                           String maskedIdNumber, byte[] photo) {
    }

    public record Room(String number, int floor, SeatLayout layout, List<Occupant> occupants) {
    }

    public record Site(int year, String exam, String area, String siteCode, String siteName, String address,
                       LocalDate day, List<TicketPdf.Session> sessions, List<Room> rooms, Locale locale) {
    }

    public static byte[] render(Site s, BaseFont font) {
        Locale l = s.locale() == null ? Messages.CHINESE : s.locale();
        Font title = new Font(font, 16);
        Font big = new Font(font, 28);
        Font text = new Font(font, 9.5f);
        Font small = new Font(font, 8);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(Messages.text(l, "ticket.pdf.dayPattern"), l);
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
        StringBuilder times = new StringBuilder();
        for (TicketPdf.Session x : s.sessions()) {
            times.append(times.isEmpty() ? "" : "；").append(hm.format(x.start())).append("–").append(hm.format(x.end()))
                    .append(' ').append(x.subject());
        }
        String heading = s.year() + " " + s.exam() + " · " + day.format(s.day());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 32, 32);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(Messages.text(l, "roomDocs.summary") + " " + s.siteCode());
            doc.open();
            // The site summary.
            doc.add(centered(Messages.text(l, "roomDocs.summary") + " · " + s.siteName(), title));
            doc.add(centered(heading, text));
            doc.add(centered(s.area() + " · " + s.siteCode() + " · " + s.address(), text));
            doc.add(centered(times.toString(), small));
            PdfPTable summary = table(new float[]{1.2f, 0.8f, 1f, 1f, 3f});
            for (String k : List.of("ticket.pdf.room", "roomDocs.floor", "roomDocs.seats", "roomDocs.candidates",
                    "roomDocs.tickets")) {
                summary.addCell(label(Messages.text(l, k), text));
            }
            int total = 0;
            int seats = 0;
            for (Room r : s.rooms()) {
                List<Occupant> o = r.occupants();
                summary.addCell(cell(r.number(), text));
                summary.addCell(cell(Integer.toString(r.floor()), text));
                summary.addCell(cell(Integer.toString(r.layout().capacity()), text));
                summary.addCell(cell(Integer.toString(o.size()), text));
                summary.addCell(cell(o.isEmpty() ? "—" : o.get(0).ticketNumber() + " – " + o.get(o.size() - 1)
                        .ticketNumber(), text));
                total += o.size();
                seats += r.layout().capacity();
            }
            summary.addCell(label(Messages.text(l, "roomDocs.total"), text));
            summary.addCell(label("", text));
            summary.addCell(label(Integer.toString(seats), text));
            summary.addCell(label(Integer.toString(total), text));
            summary.addCell(label(Messages.text(l, "roomDocs.roomCount", s.rooms().size()), text));
            doc.add(summary);

            for (Room r : s.rooms()) {
                // The door list.
                doc.newPage();
                doc.add(centered(Messages.text(l, "roomDocs.roomNumber", r.number()), big));
                doc.add(centered(Messages.text(l, "roomDocs.door") + " · " + s.siteName(), title));
                doc.add(centered(heading, text));
                doc.add(centered(times.toString(), small));
                PdfPTable door = table(new float[]{0.7f, 2.2f, 1.4f, 0.7f, 2.2f, 1.4f});
                for (int i = 0; i < 2; i++) {
                    for (String k : List.of("ticket.pdf.seat", "ticket.pdf.ticketNumber", "ticket.pdf.name")) {
                        door.addCell(label(Messages.text(l, k), text));
                    }
                }
                List<Occupant> o = r.occupants();
                int half = (o.size() + 1) / 2;
                for (int i = 0; i < half; i++) {
                    for (int j : new int[]{i, i + half}) {
                        if (j < o.size()) {
                            door.addCell(cell(Integer.toString(o.get(j).seat()), text));
                            door.addCell(cell(o.get(j).ticketNumber(), text));
                            door.addCell(cell(o.get(j).maskedName(), text));
                        } else {
                            door.addCell(cell("", text));
                            door.addCell(cell("", text));
                            door.addCell(cell("", text));
                        }
                    }
                }
                doc.add(door);

                // The sign-in sheet, in seat order, with photos, then the seat plan.
                doc.newPage();
                doc.add(centered(Messages.text(l, "roomDocs.signIn") + " · " + Messages.text(l, "roomDocs.roomNumber",
                        r.number()), title));
                doc.add(centered(s.siteName() + " · " + heading, text));
                PdfPTable sheet = table(new float[]{0.6f, 1.1f, 1.3f, 2f, 2f, 1.8f});
                sheet.setHeaderRows(1);
                for (String k : List.of("ticket.pdf.seat", "roomDocs.photo", "ticket.pdf.name", "ticket.pdf.ticketNumber",
                        "ticket.pdf.idNumber", "roomDocs.signature")) {
                    sheet.addCell(label(Messages.text(l, k), text));
                }
                for (Occupant x : o) {
                    sheet.addCell(cell(Integer.toString(x.seat()), text));
                    sheet.addCell(photo(x.photo(), Messages.text(l, "ticket.pdf.noPhoto"), small));
                    sheet.addCell(cell(x.name(), text));
                    sheet.addCell(cell(x.ticketNumber(), text));
                    sheet.addCell(cell(x.maskedIdNumber(), text));
                    sheet.addCell(cell("", text));
                }
                doc.add(sheet);
                doc.add(centered(Messages.text(l, "roomDocs.plan"), text));
                doc.add(plan(r, Messages.text(l, "roomDocs.front"), small));
                Paragraph foot = new Paragraph(Messages.text(l, "roomDocs.invigilators"), text);
                foot.setSpacingBefore(14);
                doc.add(foot);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the documents of site " + s.siteCode() + " could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** The seat plan: the front at the top, each used cell its seat number and the last four digits of its ticket. */
    static PdfPTable plan(Room r, String front, Font font) {
        SeatLayout layout = r.layout();
        Map<Integer, Occupant> bySeat = new HashMap<>();
        r.occupants().forEach(o -> bySeat.put(o.seat(), o));
        PdfPTable t = new PdfPTable(layout.columns());
        t.setWidthPercentage(Math.min(100, 14f * layout.columns()));
        t.setSpacingBefore(4);
        PdfPCell head = new PdfPCell(new Phrase(front, font));
        head.setColspan(layout.columns());
        head.setHorizontalAlignment(Element.ALIGN_CENTER);
        head.setBackgroundColor(SHADE);
        head.setBorderColor(LINE);
        t.addCell(head);
        for (int row = 0; row < layout.rows(); row++) {
            for (int col = 0; col < layout.columns(); col++) {
                String text = "";
                if (layout.used(row, col)) {
                    int n = layout.seatNumber(row, col);
                    Occupant o = bySeat.get(n);
                    String ticket = o == null ? "" : o.ticketNumber();
                    text = n + (o == null ? "" : "\n…" + ticket.substring(Math.max(0, ticket.length() - 4)));
                }
                PdfPCell c = new PdfPCell(new Phrase(text, font));
                c.setMinimumHeight(26);
                c.setHorizontalAlignment(Element.ALIGN_CENTER);
                c.setVerticalAlignment(Element.ALIGN_MIDDLE);
                c.setBorderColor(LINE);
                t.addCell(c);
            }
        }
        return t;
    }

    private static PdfPCell photo(byte[] jpeg, String missing, Font font) {
        PdfPCell c;
        try {
            if (jpeg == null) {
                throw new IllegalArgumentException();
            }
            Image img = Image.getInstance(jpeg);
            img.scaleToFit(36, 50);
            c = new PdfPCell(img, false);
        } catch (Exception e) {
            c = new PdfPCell(new Phrase(missing, font));
        }
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(2);
        c.setBorderColor(LINE);
        return c;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        return t;
    }

    private static PdfPCell label(String text, Font font) {
        PdfPCell c = cell(text, font);
        c.setBackgroundColor(SHADE);
        return c;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setBorderColor(LINE);
        c.setPadding(4);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }
}
