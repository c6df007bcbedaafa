package org.kaowu.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.it.Kaowu.DEMO_PASSWORD;
import static org.kaowu.it.Kaowu.params;
import static org.kaowu.it.Kaowu.query;
import static org.kaowu.it.RegistrationFixtures.*;

/**
 * Uploads over HTTP: a body over the endpoint's limit is a 413 problem naming the limit (not an empty 400 or a cut
 * connection), a document of another type a 415 naming the types taken, a PDF that is HTML underneath a 422, and a
 * photo is stored as written again (its EXIF GPS position gone).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadSafetyIT {


    @Test
    void aThirtyMegabytePhotoIsToldTheLimit() throws Exception {
        Kaowu.Client c = candidate();
        Kaowu.Response r = c.putBytes("/api/profile/photo", "image/jpeg", new byte[30 * 1024 * 1024]);
        assertEquals(413, r.status(), r.body());
        assertTrue(r.isProblem(), r.contentType());
        assertEquals("urn:kaowu:problem:too-large", r.json().getString("type"));
        assertEquals(500 * 1024, r.json().getInt("maxBytes"));
        assertTrue(r.json().getString("detail").contains("500 KB"), r.body());
        assertEquals("photo", r.json().getString("field"));
        assertEquals(200, c.get("/api/profile/photo").status(), "the photo stored before stays");
    }

    @Test
    void aFortyMegabytePlanFileIsToldTheLimit() {
        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        byte[] csv = new byte[40 * 1024 * 1024];
        Arrays.fill(csv, (byte) 'x');
        Kaowu.Response r = office.postBytes("/api/plans/2042/import?" + query(params("title", "2042年度考试工作计划",
                "authority", "某考试中心", "dryRun", "true")), "text/csv", csv);
        assertEquals(413, r.status(), r.body());
        assertTrue(r.isProblem(), r.contentType());
        assertEquals("urn:kaowu:problem:too-large", r.json().getString("type"));
        assertEquals(2 * 1024 * 1024, r.json().getInt("maxBytes"));
        assertTrue(r.json().getString("detail").contains("2 MB"), r.body());
        Kaowu.Response en = office.post("/api/plans/2042/import?dryRun=true", "text/csv", "x".repeat(3 * 1024 * 1024),
                "Accept-Language", "en");
        assertEquals(413, en.status());
        assertTrue(en.json().getString("detail").contains("at most 2 MB"), en.body());
    }

    @Test
    void documentsAreCheckedByWhatTheyAreAndServedAsDownloads() throws Exception {
        plan();
        Kaowu.Client c = candidate();
        Kaowu.Response made = c.post("/api/registrations", "application/json", registration("YJ", "PROOF", null, "RELATED"));
        assertEquals(201, made.status(), made.body());
        long id = made.json().getJsonNumber("id").longValue();
        String documents = "/api/registrations/" + id + "/documents";

        Kaowu.Response html = c.post(documents + "?name=diploma.html", "text/html", "<html><script>alert(1)</script></html>");
        assertEquals(415, html.status(), html.body());
        assertTrue(html.isProblem(), html.contentType());
        assertEquals("urn:kaowu:problem:unsupported-media-type", html.json().getString("type"));
        String detail = html.json().getString("detail");
        assertTrue(detail.contains("application/pdf") && detail.contains("image/jpeg") && !detail.contains("json"), detail);

        Kaowu.Response fake = c.post(documents + "?name=diploma.pdf", "application/pdf",
                "%PDF-<html><script>alert(document.cookie)</script></html>");
        assertEquals(422, fake.status(), fake.body());
        assertEquals("urn:kaowu:problem:invalid-document", fake.json().getString("type"));

        Kaowu.Response huge = c.postBytes(documents + "?name=scan.pdf", "application/pdf", new byte[3 * 1024 * 1024]);
        assertEquals(413, huge.status(), huge.body());
        assertEquals("urn:kaowu:problem:too-large", huge.json().getString("type"));

        Kaowu.Response real = c.postBytes(documents + "?name=diploma.pdf", "application/pdf", pdf());
        assertEquals(201, real.status(), real.body());
        Kaowu.Response scan = c.postBytes(documents + "?name=degree.jpg", "image/jpeg", withGps(jpeg(800, 1100)));
        assertEquals(201, scan.status(), scan.body());

        Kaowu.Client office = Kaowu.session("office", DEMO_PASSWORD);
        Kaowu.Response served = office.get("/api/office/registrations/" + id + "/documents/" + real.json().getJsonNumber("id"));
        assertEquals(200, served.status());
        assertTrue(served.contentType().startsWith("application/pdf"), served.contentType());
        assertTrue(served.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), served.headers().toString());
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(served.body().startsWith("%PDF-1.4"));
    }

    @Test
    void aPhotoIsStoredWithoutItsGpsPositionOrAnythingAfterTheImage() throws Exception {
        String email = Kaowu.newCandidate(PASSWORD);
        Kaowu.Client c = Kaowu.session(email, PASSWORD);
        assertEquals(200, c.put("/api/profile", profile(idNumber())).status());
        byte[] uploaded = withHtmlTail(withGps(jpeg(358, 441)));
        assertTrue(contains(uploaded, "Exif") && hasSegment(uploaded, 0xE1), "the upload carries EXIF");
        Kaowu.Response put = c.putBytes("/api/profile/photo", "image/jpeg", uploaded);
        assertEquals(200, put.status(), put.body());

        HttpResponse<byte[]> got = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Kaowu.BASE + "/api/profile/photo"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertEquals("image/jpeg", got.headers().firstValue("Content-Type").orElse(""));
        byte[] stored = got.body();
        assertEquals(0xFF, stored[0] & 0xFF);
        assertEquals(0xD8, stored[1] & 0xFF);
        assertFalse(hasSegment(stored, 0xE1), "no APP1 (EXIF) segment is served");
        assertFalse(contains(stored, "Exif"));
        assertFalse(contains(stored, "<script"), "nothing after the image is served");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertEquals(358, image.getWidth());
        assertEquals(441, image.getHeight());

        byte[] truncated = Arrays.copyOf(jpeg(358, 441), jpeg(358, 441).length * 2 / 3);
        Kaowu.Response cut = c.putBytes("/api/profile/photo", "image/jpeg", truncated);
        assertEquals(422, cut.status(), cut.body());
        assertEquals("urn:kaowu:problem:invalid-photo", cut.json().getString("type"));
    }

    /** The JPEG with an EXIF APP1 segment holding a GPS position (39°54'N 116°23'E), after its JFIF APP0. */
    static byte[] withGps(byte[] jpeg) {
        int[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8,
                0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0,
                0, 4,
                0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0,
                0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 80,
                0, 3, 0, 2, 0, 0, 0, 2, 'E', 0, 0, 0,
                0, 4, 0, 5, 0, 0, 0, 3, 0, 0, 0, 104,
                0, 0, 0, 0,
                0, 0, 0, 39, 0, 0, 0, 1, 0, 0, 0, 54, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1,
                0, 0, 0, 116, 0, 0, 0, 1, 0, 0, 0, 23, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        int length = 2 + 6 + tiff.length;
        for (int b : new int[]{0xFF, 0xE1, length >> 8, length & 0xFF, 'E', 'x', 'i', 'f', 0, 0}) {
            app1.write(b);
        }
        for (int b : tiff) {
            app1.write(b);
        }
        int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterApp0);
        out.writeBytes(app1.toByteArray());
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        return out.toByteArray();
    }

    static byte[] withHtmlTail(byte[] jpeg) {
        byte[] tail = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] b = Arrays.copyOf(jpeg, jpeg.length + tail.length);
        System.arraycopy(tail, 0, b, jpeg.length, tail.length);
        return b;
    }

    /** Whether a segment with this marker comes before the scan data. */
    static boolean hasSegment(byte[] b, int marker) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int m = b[i + 1] & 0xFF;
            if (m == marker) {
                return true;
            }
            if (m == 0xDA) {
                return false;
            }
            i += 2 + (((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF));
        }
        return false;
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
