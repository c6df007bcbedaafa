package org.kaowu.scheduling.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaowu.scheduling.SeatLayout;
import org.kaowu.scheduling.SeatPattern;
import org.kaowu.shared.Messages;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site's room documents: the summary, each room's door list and sign-in sheet, read back with PDFBox. */
class RoomDocumentsPdfTest {

    static com.lowagie.text.pdf.BaseFont font;

    @BeforeAll
    static void font() {
        font = TicketFont.create(TicketFont.load());
    }

    static RoomDocumentsPdf.Room room(String number, SeatLayout layout, int people, byte[] photo) {
        List<RoomDocumentsPdf.Occupant> o = new ArrayList<>();
        List<int[]> cells = layout.seatsInOrder();
        for (int i = 0; i < people; i++) {
            int[] cell = cells.get(i);
            String name = i == 0 ? "欧阳文静" : "考生" + number + "-" + i;
            o.add(new RoomDocumentsPdf.Occupant(i + 1, cell[0], cell[1], "20270101" + number + String.format("%02d", i + 1),
                    name, i == 0 ? "欧**静" : "考*", "1101**********002X", photo));
        }
        return new RoomDocumentsPdf.Room(number, 2, layout, o);
    }

    @Test
    void oneSummaryThenADoorListAndASignInSheetPerRoom() throws Exception {
        byte[] photo = TicketPdfTest.jpeg();
        RoomDocumentsPdf.Site site = new RoomDocumentsPdf.Site(2027, "经济专业技术资格 中级", "北京市", "BJ0101",
                "北京市第一中学考点", "北京市东城区安定门外大街1号", LocalDate.of(2027, 10, 16),
                List.of(new TicketPdf.Session(LocalDate.of(2027, 10, 16), LocalTime.of(9, 0), LocalTime.of(11, 30), "经济基础知识")),
                List.of(room("101", new SeatLayout(5, 6, SeatPattern.S_SHAPED, 30), 28, photo),
                        room("102", new SeatLayout(5, 6, SeatPattern.PLAIN, 30), 3, null)),
                Messages.CHINESE);
        byte[] pdf = RoomDocumentsPdf.render(site, font);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 5, "summary + 2 × (door list + sign-in sheet): " + doc.getNumberOfPages());
            PDFTextStripper strip = new PDFTextStripper();
            strip.setStartPage(1);
            strip.setEndPage(1);
            String summary = strip.getText(doc);
            assertTrue(summary.contains("考点汇总表") && summary.contains("101") && summary.contains("102")
                    && summary.contains("31"), summary);
            strip.setStartPage(2);
            strip.setEndPage(2);
            String door = strip.getText(doc);
            assertTrue(door.contains("门贴") && door.contains("第 101 考场") && door.contains("2027010110101"), door);
            assertTrue(door.contains("欧**静"), "names masked on the door");
            assertFalse(door.contains("欧阳文静"), "no full name on the door");
            strip.setStartPage(3);
            strip.setEndPage(doc.getNumberOfPages());
            String sheets = strip.getText(doc);
            assertTrue(sheets.contains("考生签到表") && sheets.contains("欧阳文静") && sheets.contains("考生签名")
                    && sheets.contains("讲台"), sheets);
            assertFalse(sheets.contains("110105194912310"), "identity numbers masked");
            assertTrue(sheets.contains("未上传照片"), "a missing photo is said");
        }
    }

    @Test
    void theSeatPlanNumbersCellsAsTheRoomsLayoutDoes() {
        SeatLayout s = new SeatLayout(2, 3, SeatPattern.S_SHAPED, 6);
        RoomDocumentsPdf.Room r = room("103", s, 6, null);
        var table = RoomDocumentsPdf.plan(r, "讲台", new com.lowagie.text.Font(font, 8));
        // Row 0 after the front: seats 1, 4, 5 in an S-shaped 2 × 3 room; row 1: 2, 3, 6.
        List<String> cells = new ArrayList<>();
        for (var row : table.getRows().subList(1, 3)) {
            for (var cell : row.getCells()) {
                cells.add(cell.getPhrase().getContent().split("\n")[0]);
            }
        }
        assertEquals(List.of("1", "4", "5", "2", "3", "6"), cells);
    }
}
