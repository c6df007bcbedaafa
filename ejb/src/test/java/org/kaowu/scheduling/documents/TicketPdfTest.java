package org.kaowu.scheduling.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaowu.shared.Messages;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admission ticket PDF, read back with PDFBox as a reader (and a reviewer's {@code pdffonts}) would. */
class TicketPdfTest {

    static com.lowagie.text.pdf.BaseFont font;

    @BeforeAll
    static void font() {
        font = TicketFont.create(TicketFont.load());
    }

    static TicketPdf.Data data(Locale locale, byte[] photo) {
        String token = new TicketToken(4711, "2027011010302017", 88, 17, Instant.parse("2027-10-18T09:00:00Z"))
                .sign(TicketTokenTest.KEY);
        return new TicketPdf.Data(2027, "经济专业技术资格 中级", "北京市", "张三丰", "1101**********002X",
                "2027011010302017",
                List.of(new TicketPdf.Session(LocalDate.of(2027, 10, 16), LocalTime.of(9, 0), LocalTime.of(11, 30),
                                "经济基础知识"),
                        new TicketPdf.Session(LocalDate.of(2027, 10, 16), LocalTime.of(14, 0), LocalTime.of(16, 30),
                                "人力资源管理专业知识和实务")),
                List.of(new TicketPdf.Seat(LocalDate.of(2027, 10, 16), "北京市第一中学考点", "北京市东城区安定门外大街1号",
                        "012", 17)),
                photo, token, locale);
    }

    static byte[] jpeg() throws Exception {
        BufferedImage img = new BufferedImage(295, 413, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(0, 0, 295, 413);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theTicketShowsTheCandidateTheSessionsTheSeatAndTheRulesWithTheirSource() throws Exception {
        byte[] pdf = TicketPdf.render(data(Messages.CHINESE, jpeg()), font);
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        String text = text(pdf).replaceAll("\\s+", " ");
        for (String expected : List.of("准考证", "张三丰", "1101**********002X", "2027011010302017",
                "经济专业技术资格 中级", "经济基础知识", "09:00–11:30", "14:00–16:30", "2027年10月16日",
                "北京市第一中学考点", "北京市东城区安定门外大街1号", "012", "17", "考场规则", "北京时间",
                "人力资源社会保障部令第31号", "5分钟后不得入场")) {
            assertTrue(text.contains(expected), "the ticket shows " + expected + ":\n" + text);
        }
        assertFalse(text.contains("110105194912310"), "the identity number appears masked only");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "one page");
            PDPage page = doc.getPage(0);
            assertFalse(page.getResources().getXObjectNames().iterator().hasNext() == false,
                    "the photo and the QR code are drawn as objects on the page");
        }
    }

    @Test
    void theCjkFontIsEmbeddedAsATrueTypeSubset() throws Exception {
        byte[] pdf = TicketPdf.render(data(Messages.CHINESE, null), font);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                fonts.add(f.getName());
                assertTrue(f instanceof PDType0Font, "Identity-H composite font: " + f.getName());
                var descriptor = ((PDType0Font) f).getDescendantFont().getFontDescriptor();
                assertTrue(descriptor.getFontFile2() != null || descriptor.getFontFile3() != null,
                        "the font program is embedded (FontFile2/FontFile3): " + f.getName());
                assertTrue(f.isEmbedded());
                assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), "a subset: " + f.getName());
            }
            assertFalse(fonts.isEmpty());
        }
        assertTrue(text(pdf).contains("未上传照片"), "a missing photo is said, not left blank");
    }

    @Test
    void theQrCodeOnThePageScansToTheSignedToken() throws Exception {
        TicketPdf.Data d = data(Messages.CHINESE, jpeg());
        byte[] pdf = TicketPdf.render(d, font);
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 150);
        }
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        String scanned = new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertEquals(d.token(), scanned);
        TicketToken.Checked c = TicketToken.verify(scanned, TicketTokenTest.KEY, Instant.parse("2027-10-16T00:00:00Z"));
        assertEquals(TicketToken.Verdict.VALID, c.verdict());
        assertEquals("2027011010302017", c.token().ticketNumber());
    }

    @Test
    void englishLabelsForAnEnglishReader() throws Exception {
        String text = text(TicketPdf.render(data(Locale.ENGLISH, jpeg()), font)).replaceAll("\\s+", " ");
        assertTrue(text.contains("admission ticket"), text);
        assertTrue(text.contains("Ticket number"), text);
        assertTrue(text.contains("Order No. 31"), text);
        assertTrue(text.contains("张三丰"), "names stay as written");
    }

    @Test
    void woffThatIsNotWoffIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TicketFont.sfnt("not a font at all, really not one".repeat(3).getBytes()));
        byte[] header = new byte[44];
        header[0] = 'w'; header[1] = 'O'; header[2] = 'F'; header[3] = 'F';
        header[13] = (byte) 200; // 200 tables in a 44-byte file
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> TicketFont.sfnt(header));
    }
}
