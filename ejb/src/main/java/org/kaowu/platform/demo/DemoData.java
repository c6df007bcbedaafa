package org.kaowu.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * With {@code -Dkaowu.demo=true} (the README's run command sets it): one account per role, created once.
 * Never on by default, so a production database never receives them unless asked.
 */
@Singleton
@Startup
public class DemoData {

    public static final String PASSWORD = "demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    private Accounts accounts;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("kaowu.demo")) {
            return;
        }
        if (accounts.find("candidate@kaowu.demo").isEmpty()) {
            accounts.signUpCandidate("candidate@kaowu.demo", "张考生", PASSWORD.toCharArray());
        }
        staff("office", "考务办公室", Role.OFFICE);
        staff("supervisor", "监考员", Role.SUPERVISOR);
        staff("admin", "系统管理员", Role.ADMIN);
        LOG.info("Demo accounts ready (see README)");
    }

    private void staff(String username, String name, Role role) {
        if (accounts.find(username).isEmpty()) {
            accounts.createStaff(username, name, role, PASSWORD.toCharArray(), "demo");
        }
    }

    /** A passport-style JPEG (330 × 450, a drawn figure on blue) for demo candidates' profiles. */
    public static byte[] photo() {
        BufferedImage image = new BufferedImage(330, 450, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2f6fb3));
        g.fillRect(0, 0, 330, 450);
        g.setColor(new Color(0xf2d2b6));
        g.fillOval(105, 90, 120, 150);
        g.fillRect(75, 260, 180, 190);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
