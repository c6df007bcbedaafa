package org.kaowu.certification.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate's PDF read back with PDFBox as a reader would: every field, the embedded font, the photo, the QR. */
class CertificatePdfTest {

    @Test
    void oneA4PageShowsEveryFieldInChineseWithEnglishSublabels() throws Exception {
        CertificateContent c = CertificateFixtures.content();
        byte[] pdf = CertificatePdf.render(c, CertificateFixtures.font());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String expected : List.of("职业资格证书", "Professional Qualification Certificate",
                    "证书编号", "Certificate No.", "JZ2027110000123",
                    "持证人姓名", "Holder", "欧阳文静",
                    "公民身份号码", "Identity number", "11010519491231002X",
                    "资格名称", "Qualification", "一级建造师", "专业（子项）", "Sub-item", "建筑工程", "级别", "Level", "一级",
                    "管理号", "Management No.", "GL-1100-2027-000123",
                    "批准日期", "Approval date", "2027-03-15",
                    "发证机关", "Issuing authority", "人力资源和社会保障部",
                    "加注有效期", "Annotation valid", "2027-03-15 至 to 2030-03-14",
                    "职业资格目录版本", "Catalogue edition", "#2",
                    "查验码", "Verification code", "7K3Q 9ZD2 MXH4 TPWA",
                    "https://kaowu.example.cn/public/verify?code=7K3Q9ZD2MXH4TPWA")) {
                assertTrue(text.contains(expected), "the certificate shows " + expected + ":\n" + text);
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndThePhotoIsOnThePage() throws Exception {
        byte[] pdf = CertificatePdf.render(CertificateFixtures.content(), CertificateFixtures.font());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(name);
                fonts.add(f.getName());
                assertTrue(f.isEmbedded(), f.getName() + " is embedded");
                assertTrue(f instanceof PDType0Font, f.getName() + " is a CID font (Identity-H)");
            }
            assertTrue(fonts.stream().anyMatch(n -> n.contains("NotoSansSC")), "Noto Sans SC is used: " + fonts);
            int images = 0;
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
                    images++;
                    assertEquals(358, img.getWidth(), "the photo as given (passed through, not re-encoded)");
                }
            }
            assertEquals(1, images, "the photo is drawn once");
        }
        byte[] without = CertificatePdf.render(new CertificateContent("JZ2027110000123", "GL-1", CertificateFixtures.CODE,
                        "张三", "11010519491231002X", null, CertificateFixtures.content().qualification(),
                        CertificateFixtures.content().approvalDate(), "人社部", CertificateFixtures.content().annotationFrom(),
                        CertificateFixtures.content().annotationUntil(), CertificateFixtures.content().verificationUrl(),
                        1, CertificateFixtures.LIST), CertificateFixtures.font());
        try (PDDocument doc = Loader.loadPDF(without)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("照片 Photo"), "a certificate without a photo says where it would be");
        }
    }

    @Test
    void theQrCodeOpensTheVerificationPage() throws Exception {
        CertificateContent c = CertificateFixtures.content();
        byte[] pdf = CertificatePdf.render(c, CertificateFixtures.font());
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertNotNull(decoded);
        assertEquals(c.verificationUrl(), decoded);
        assertFalse(decoded.contains(c.idNumber()), "the QR code carries no personal data");
    }
}
