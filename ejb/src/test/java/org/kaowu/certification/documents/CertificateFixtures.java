package org.kaowu.certification.documents;

import com.lowagie.text.pdf.BaseFont;
import org.kaowu.scheduling.documents.TicketFont;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/** What the certificate tests share: one demo key (made once per run), the font, a photo and a certificate's content. */
final class CertificateFixtures {

    static final Instant NOW = Instant.parse("2027-03-15T02:00:00Z");
    static final String CODE = "7K3Q9ZD2MXH4TPWA";
    static final String PUBLIC = "https://kaowu.example.cn";
    static final String LIST = PUBLIC + "/api/status/1";
    private static AuthorityKey key;
    private static BaseFont font;

    private CertificateFixtures() {
    }

    static synchronized AuthorityKey key() {
        if (key == null) {
            try {
                key = AuthorityKeys.demo(Files.createTempDirectory("kaowu-authority"), NOW);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return key;
    }

    static synchronized BaseFont font() {
        if (font == null) {
            font = TicketFont.create(TicketFont.load());
        }
        return font;
    }

    static byte[] photo() {
        BufferedImage img = new BufferedImage(358, 441, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(0x3A6EA5));
        g.fillRect(0, 0, 358, 441);
        g.setColor(new Color(0xF2D0B5));
        g.fillOval(99, 80, 160, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static CertificateContent content() {
        return content(CODE, 4711);
    }

    static CertificateContent content(String code, int index) {
        return new CertificateContent("JZ2027110000123", "GL-1100-2027-000123", code, "欧阳文静", "11010519491231002X",
                photo(), new CertificateContent.Qualification("一级建造师", "建筑工程", "一级", 2),
                LocalDate.of(2027, 3, 15), "人力资源和社会保障部", LocalDate.of(2027, 3, 15), LocalDate.of(2030, 3, 14),
                PUBLIC + "/public/verify?code=" + code, index, LIST);
    }

    static Path temp(String prefix, byte[] bytes) {
        try {
            Path f = Files.createTempFile(prefix, ".pdf");
            Files.write(f, bytes);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
