import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.kaowu.certification.documents.AuthorityKey;
import org.kaowu.certification.documents.CertificateContent;
import org.kaowu.certification.documents.CertificateCredential;
import org.kaowu.certification.documents.CertificatePdf;
import org.kaowu.certification.documents.PdfSignatures;
import org.kaowu.scheduling.documents.TicketFont;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Signed certificate benchmark (a benchmark, not a test): electronic certificates per second, each rendered
 * (org.kaowu.certification.documents.CertificatePdf: photo, ten bilingual fields, a QR code of the verification page)
 * and signed (PdfSignatures: an incremental update by OpenPDF's pre-close, BouncyCastle detached CMS, SHA-256, ECDSA
 * P-256 with the demo authority's key), against a minimal one-page OpenPDF document with one line of
 * Chinese in the same embedded font (the same BaseFont object), unsigned, in the same run, alternating the two in each
 * round. Also times the Verifiable Credential (vc+jwt) of the same certificate, for information.
 * <p>
 * Per thread count: warm-up rounds, then measured rounds of {@code --docs} documents each; prints the median and best
 * rate of each and the ratio signed / minimal (target ≥ 0.5). The first signed document is checked with
 * PdfSignatures.verify; every document is checked to be a PDF.
 *
 * java -cp <ejb classes + dependencies> bench/CertificateLoad.java [--docs 300] [--rounds 7] [--warmup 3] [--threads 1,2]
 */
public class CertificateLoad {

    public static void main(String[] args) throws Exception {
        int docs = 300;
        int rounds = 7;
        int warmup = 3;
        int[] threads = {1, 2};
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        BaseFont font = TicketFont.create(TicketFont.load());
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB; font unpacked and parsed once in %d ms%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, (System.nanoTime() - t0) / 1_000_000);
        AuthorityKey key = demoKey();
        byte[] photo = photo();
        Instant at = Instant.parse("2027-03-15T02:00:00Z");
        IntFunction<byte[]> signed = i -> PdfSignatures.sign(CertificatePdf.render(content(i, photo), font), key, at,
                "电子证书签发 Certificate issued");
        IntFunction<byte[]> minimal = i -> minimal(font, i);
        byte[] first = signed.apply(0);
        PdfSignatures.Verification v = PdfSignatures.verify(first, key.certificate());
        if (!v.valid()) {
            throw new IllegalStateException("the signed certificate does not verify: " + v.problem());
        }
        System.out.printf(Locale.ROOT, "sizes: signed certificate %d bytes, minimal %d bytes, credential (vc+jwt) %d"
                        + " characters%n", first.length, minimal.apply(0).length,
                CertificateCredential.issue(content(0, photo), "https://kaowu.example.cn", key).length());
        System.out.println("| threads | signed certificates/s median (best) | minimal PDFs/s median (best) |"
                + " signed / minimal | credentials (vc+jwt)/s median |");
        System.out.println("|---|---|---|---|---|");
        for (int t : threads) {
            ExecutorService pool = Executors.newFixedThreadPool(t);
            double[] sr = new double[rounds];
            double[] mr = new double[rounds];
            double[] cr = new double[rounds];
            for (int r = -warmup; r < rounds; r++) {
                double a = rate(pool, t, docs, signed);
                double b = rate(pool, t, docs, minimal);
                double c = credentials(pool, t, docs * 10, key, photo);
                if (r >= 0) {
                    sr[r] = a;
                    mr[r] = b;
                    cr[r] = c;
                }
            }
            pool.shutdown();
            Arrays.sort(sr);
            Arrays.sort(mr);
            Arrays.sort(cr);
            double sm = sr[rounds / 2];
            double mm = mr[rounds / 2];
            System.out.printf(Locale.ROOT, "| %d | %.0f (%.0f) | %.0f (%.0f) | %.2f | %.0f |%n", t, sm, sr[rounds - 1],
                    mm, mr[rounds - 1], sm / mm, cr[rounds / 2]);
        }
    }

    /** The demo authority's key as the server makes it (EC P-256, self-signed), in a scratch directory. */
    static AuthorityKey demoKey() throws Exception {
        Class<?> keys = Class.forName("org.kaowu.certification.documents.AuthorityKeys");
        Method demo = keys.getDeclaredMethod("demo", Path.class, Instant.class);
        demo.setAccessible(true);
        Path dir = Files.createTempDirectory("kaowu-bench-authority");
        return (AuthorityKey) demo.invoke(null, dir, Instant.now());
    }

    /** Documents per second: {@code docs} documents made by {@code threads} threads. */
    static double rate(ExecutorService pool, int threads, int docs, IntFunction<byte[]> make) throws Exception {
        long start = System.nanoTime();
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = t;
            parts.add(pool.submit((Callable<Long>) () -> {
                long bytes = 0;
                for (int i = from; i < docs; i += threads) {
                    byte[] pdf = make.apply(i);
                    if (pdf.length < 1000 || pdf[0] != '%') {
                        throw new IllegalStateException("not a PDF");
                    }
                    bytes += pdf.length;
                }
                return bytes;
            }));
        }
        for (Future<Long> f : parts) {
            f.get();
        }
        return docs / ((System.nanoTime() - start) / 1e9);
    }

    static double credentials(ExecutorService pool, int threads, int n, AuthorityKey key, byte[] photo)
            throws Exception {
        return rate(pool, threads, n, i -> {
            String jws = CertificateCredential.issue(content(i, photo), "https://kaowu.example.cn", key);
            byte[] b = new byte[1001];
            b[0] = jws.length() > 500 ? (byte) '%' : 0;
            return b;
        });
    }

    /** The baseline: one A4 page, one line of Chinese in the same embedded font, unsigned. */
    static byte[] minimal(BaseFont font, int i) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document doc = new Document(PageSize.A4);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("职业资格证书 " + (2027110000000L + i) + " 欧阳文静", new Font(font, 12)));
        doc.close();
        return out.toByteArray();
    }

    static final SecureRandom RANDOM = new SecureRandom();

    static CertificateContent content(int i, byte[] photo) {
        String code = CertificateContent.newVerificationCode(RANDOM);
        return new CertificateContent("JZ" + (2027110000000L + i), "GL-1100-2027-" + (100000 + i), code,
                i % 2 == 0 ? "欧阳文静" : "张三丰", "11010519491231002X", photo,
                new CertificateContent.Qualification("一级建造师", "建筑工程", "一级", 2), LocalDate.of(2027, 3, 15),
                "人力资源和社会保障部", LocalDate.of(2027, 3, 15), LocalDate.of(2030, 3, 14),
                "https://kaowu.example.cn/public/verify?code=" + code, i, "https://kaowu.example.cn/api/status/1");
    }

    /** A 358 × 441 JPEG like a candidate's photo (about 10 KB). */
    static byte[] photo() throws Exception {
        BufferedImage img = new BufferedImage(358, 441, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(0x3A6EA5));
        g.fillRect(0, 0, 358, 441);
        g.setColor(new Color(0xF2D0B5));
        g.fillOval(99, 80, 160, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }
}
