package org.kaowu.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.util.Map;

/** Reads the QR code on the first page of a PDF as a phone would: the page rendered at 150 dpi (else 300), then scanned. */
public final class QrCodes {

    private QrCodes() {
    }

    public static String scan(byte[] pdf) throws Exception {
        try {
            return scan(pdf, 150);
        } catch (com.google.zxing.ReaderException blurred) {
            return scan(pdf, 300); // a dense code's modules can fall between the pixels at 150 dpi
        }
    }

    private static String scan(byte[] pdf, int dpi) throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        }
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
