import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.kaowu.scheduling.documents.TicketFont;
import org.kaowu.scheduling.documents.TicketPdf;
import org.kaowu.scheduling.documents.TicketToken;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * Admission ticket benchmark (a benchmark, not a test): PDFs per second of the real admission ticket
 * (org.kaowu.scheduling.documents.TicketPdf: photo, tables, four sessions, two exam days, the rules, a signed QR token)
 * against a minimal one-page OpenPDF document with one line of Chinese in the same embedded font (the same BaseFont
 * object), in the same run, alternating the two in each round so that neither gets a warmer JIT or a quieter machine.
 * <p>
 * Per thread count: warm-up rounds, then measured rounds of {@code --docs} documents each; prints the median and best
 * rate of each and the ratio ticket / minimal (target ≥ 0.5).
 *
 * java -cp <ejb classes + dependencies> bench/TicketLoad.java [--docs 400] [--rounds 7] [--warmup 3] [--threads 1,2]
 */
public class TicketLoad {

    public static void main(String[] args) throws Exception {
        int docs = 400;
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
        byte[] photo = photo();
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        IntFunction<byte[]> ticket = i -> TicketPdf.render(data(i, photo, key), font);
        IntFunction<byte[]> minimal = i -> minimal(font, i);
        int ticketSize = ticket.apply(0).length;
        int minimalSize = minimal.apply(0).length;
        System.out.printf(Locale.ROOT, "sizes: ticket %d bytes, minimal %d bytes%n", ticketSize, minimalSize);
        System.out.println("| threads | ticket PDFs/s median (best) | minimal PDFs/s median (best) | ticket / minimal |");
        System.out.println("|---|---|---|---|");
        for (int t : threads) {
            ExecutorService pool = Executors.newFixedThreadPool(t);
            double[] tr = new double[rounds];
            double[] mr = new double[rounds];
            for (int r = -warmup; r < rounds; r++) {
                double a = rate(pool, t, docs, ticket);
                double b = rate(pool, t, docs, minimal);
                if (r >= 0) {
                    tr[r] = a;
                    mr[r] = b;
                }
            }
            pool.shutdown();
            Arrays.sort(tr);
            Arrays.sort(mr);
            double tm = tr[rounds / 2];
            double mm = mr[rounds / 2];
            System.out.printf(Locale.ROOT, "| %d | %.0f (%.0f) | %.0f (%.0f) | %.2f |%n", t, tm, tr[rounds - 1], mm,
                    mr[rounds - 1], tm / mm);
        }
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

    /** The baseline: one A4 page, one line of Chinese in the same embedded font. */
    static byte[] minimal(BaseFont font, int i) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document doc = new Document(PageSize.A4);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("准考证 " + (20270110100000L + i) + " 张三丰", new Font(font, 12)));
        doc.close();
        return out.toByteArray();
    }

    static TicketPdf.Data data(int i, byte[] photo, byte[] key) {
        String ticket = Long.toString(2027011010300000L + i);
        Instant end = Instant.parse("2027-10-17T09:00:00Z");
        LocalDate d1 = LocalDate.of(2027, 10, 16);
        LocalDate d2 = d1.plusDays(1);
        return new TicketPdf.Data(2027, "经济专业技术资格 中级", "北京市", i % 2 == 0 ? "张三丰" : "欧阳文静",
                "1101**********00" + (i % 10) + "X", ticket,
                List.of(new TicketPdf.Session(d1, LocalTime.of(9, 0), LocalTime.of(11, 30), "经济基础知识"),
                        new TicketPdf.Session(d1, LocalTime.of(14, 0), LocalTime.of(16, 30), "人力资源管理专业知识和实务"),
                        new TicketPdf.Session(d2, LocalTime.of(9, 0), LocalTime.of(11, 30), "工商管理专业知识和实务"),
                        new TicketPdf.Session(d2, LocalTime.of(14, 0), LocalTime.of(16, 30), "财政税收专业知识和实务")),
                List.of(new TicketPdf.Seat(d1, "北京市第一中学考点", "北京市东城区安定门外大街1号", "0" + (10 + i % 40), 1 + i % 30),
                        new TicketPdf.Seat(d2, "北京市第一中学考点", "北京市东城区安定门外大街1号", "0" + (10 + i % 40), 1 + i % 30)),
                photo, new TicketToken(100_000 + i, ticket, 88, 1 + i % 30, end).sign(key), Locale.SIMPLIFIED_CHINESE);
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
