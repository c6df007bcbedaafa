import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Public verification load driver (a benchmark, not a test). Against a running Kaowu on PostgreSQL started with
 * {@code -Dkaowu.verify.exemptToken=TOKEN} (bench/verify.sh does both) it:
 * 1. makes one certificate to verify: a VALID certificate row written with plain JDBC for one of the demo exam day's
 *    registrations (ids below zero, so nothing the server numbers collides with it), and checks that
 *    {@code GET /api/verify?code=} answers it VALID; with {@code --unknown} (or no registration to attach it to) it
 *    verifies an unknown code instead (NOT_FOUND: the same indexed lookup, no masking);
 * 2. in the same run, on C keep-alive connections (one thread each, closed loop, every request sending
 *    {@code X-Kaowu-Exempt: TOKEN} so the per-client limit does not apply), alternates phases of S seconds:
 *    {@code GET /api/public/ping} (the trivial JAX-RS baseline) and {@code GET /api/verify?code=…}, after a warm-up
 *    phase of each.
 * Prints requests/s, p50 and p99 of each phase and verification / ping.
 * 3. then, with {@code --rate N} (requests/s in all, 0 to skip), the same two endpoints at a fixed rate on the same C
 *    connections (open loop: each connection sends at N / C per second on a schedule, staggered, and a request's
 *    latency counts from the moment it was due, so a stall that delays later requests counts against them too, as
 *    wrk2 measures): the latency a client sees when the server is busy but not saturated. In the closed loop every
 *    connection sends again the moment it has an answer, so the server is always saturated, and the latency there is
 *    the queue: by Little's law its mean is C divided by the rate, whatever the endpoint does.
 *
 * java -cp postgresql.jar bench/VerifyLoad.java [--base URL] [--connections C] [--seconds S] [--warmup W]
 *      [--rounds R] [--token TOKEN] [--jdbc URL] [--db-user USER] [--unknown] [--rate N]
 */
public class VerifyLoad {

    static String base = "http://127.0.0.1:8080";
    static int connections = 64;
    static int seconds = 20;
    static int warmup = 15;
    static int rounds = 2;
    static String token = "";
    static String jdbc = "jdbc:postgresql://127.0.0.1:5432/kaowu_bench";
    static String dbUser = "postgres";
    static boolean unknown = false;
    static int rate = 0;

    static final String CODE = "BENCHC0DE0000001";
    static final String UNKNOWN_CODE = "ZZZZZZZZZZZZZZZZ";

    /** A keep-alive HTTP/1.1 connection written by hand (the JDK's HttpClient costs the server's cores as much). */
    static final class Raw implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] line = new byte[8192];
        String body;

        Raw() throws IOException {
            URI uri = URI.create(base);
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
            out = socket.getOutputStream();
        }

        static byte[] request(String path) {
            return ("GET " + path + " HTTP/1.1\r\nHost: " + URI.create(base).getHost() + "\r\nAccept: application/json\r\n"
                    + "X-Kaowu-Exempt: " + token + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        }

        int send(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = readLine();
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            for (String l = readLine(); !l.isEmpty(); l = readLine()) {
                int colon = l.indexOf(':');
                String name = l.substring(0, colon).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(l.substring(colon + 1).trim());
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && l.toLowerCase(Locale.ROOT).contains("chunked")) {
                    chunked = true;
                }
            }
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int n = Integer.parseInt(readLine().trim(), 16); n > 0; n = Integer.parseInt(readLine().trim(), 16)) {
                    b.write(in.readNBytes(n));
                    readLine();
                }
                readLine();
            } else if (length > 0) {
                b.write(in.readNBytes(length));
            }
            body = b.toString(StandardCharsets.UTF_8);
            return code;
        }

        private String readLine() throws IOException {
            int n = 0;
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line[n++] = (byte) c;
                }
            }
            return new String(line, 0, n, StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    record Phase(String name, long requests, double seconds, double p50, double p99, int errors) {
        double rate() {
            return requests / seconds;
        }

        void print() {
            System.out.printf(Locale.ROOT, "  %-8s %9.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%d requests%s)%n", name,
                    rate(), p50, p99, requests, errors == 0 ? "" : ", " + errors + " ERRORS");
        }
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--token" -> token = args[++i];
                case "--jdbc" -> jdbc = args[++i];
                case "--db-user" -> dbUser = args[++i];
                case "--unknown" -> unknown = true;
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String code = unknown ? UNKNOWN_CODE : certificate();
        String verifyPath = "/api/verify?code=" + code;
        try (Raw r = new Raw()) {
            int s = r.send(Raw.request(verifyPath));
            if (s != 200) {
                throw new IllegalStateException("verify: HTTP " + s + " " + r.body + (s == 429 ? " (is the exempt token set?)" : ""));
            }
            System.out.println("verifying " + code + ": " + r.body);
            s = r.send(Raw.request("/api/public/ping"));
            if (s != 200) {
                throw new IllegalStateException("ping: HTTP " + s + " " + r.body);
            }
        }
        System.out.printf(Locale.ROOT, "%d connections, %d s per phase, %d s warm-up per endpoint, %d rounds%n",
                connections, seconds, warmup, rounds);
        run("ping", "/api/public/ping", warmup);
        run("verify", verifyPath, warmup);
        for (int round = 1; round <= rounds; round++) {
            System.out.println("== round " + round);
            Phase ping = run("ping", "/api/public/ping", seconds);
            Phase verify = run("verify", verifyPath, seconds);
            ping.print();
            verify.print();
            System.out.printf(Locale.ROOT, "  verify / ping: %.2f   (target >= 0.70)%n", verify.rate() / ping.rate());
            if (rate > 0) {
                Phase pingAt = run("ping@" + rate, "/api/public/ping", seconds, rate);
                Phase verifyAt = run("verify@" + rate, verifyPath, seconds, rate);
                pingAt.print();
                verifyAt.print();
                System.out.printf(Locale.ROOT, "  at %d req/s on %d connections: verify p99 %.2f ms (target < 20 ms)%n",
                        rate, connections, verifyAt.p99());
            }
        }
    }

    /** A VALID certificate for one of the demo registrations (written once; later runs find it). */
    static String certificate() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, dbUser, System.getenv().getOrDefault("PGPASSWORD", ""))) {
            try (PreparedStatement q = c.prepareStatement("select 1 from certificate where verification_code = ?")) {
                q.setString(1, CODE);
                if (q.executeQuery().next()) {
                    return CODE;
                }
            }
            long registration = 0;
            long exam = 0;
            long account = 0;
            for (int attempt = 0; attempt < 120 && registration == 0; attempt++) {
                try (ResultSet r = c.createStatement().executeQuery("select r.id, r.exam_id, r.account_id from registration r"
                        + " where not exists (select 1 from certificate x where x.registration_id = r.id) order by r.id limit 1")) {
                    if (r.next()) {
                        registration = r.getLong(1);
                        exam = r.getLong(2);
                        account = r.getLong(3);
                    } else {
                        Thread.sleep(1000); // the demo exam day registers its candidates shortly after the start
                    }
                }
            }
            if (registration == 0) {
                System.out.println("no registration to attach a certificate to: verifying an unknown code (NOT_FOUND)");
                return UNKNOWN_CODE;
            }
            c.createStatement().executeUpdate("insert into certificate_status_list (id, size, version, created_at)"
                    + " values (-1, 131072, 0, now()) on conflict do nothing");
            try (PreparedStatement p = c.prepareStatement("insert into certificate (id, account_id, registration_id, exam_id,"
                    + " catalogue_code, qualification, sub_item, level, edition_id, number, number_scope, serial,"
                    + " management_number, management_scope, management_serial, verification_code, holder_name, id_number,"
                    + " approval_date, issuing_authority, annotation_from, annotation_until, status_list_id, status_index,"
                    + " status, issued_at, issued_by, version) values (-1, ?, ?, ?, 'JJ', '经济专业技术资格', '人力资源管理', '中级',"
                    + " 1, 'BENCH0000000001', 'BENCH', 1, 'BENCHM000000001', 'BENCHM', 1, ?, '张三丰', '110105198001010012',"
                    + " current_date, '中华人民共和国人力资源和社会保障部', current_date, current_date + 1825, -1, 7, 'VALID', now(),"
                    + " 'bench', 0)")) {
                p.setLong(1, account);
                p.setLong(2, registration);
                p.setLong(3, exam);
                p.setString(4, CODE);
                p.executeUpdate();
            }
            return CODE;
        }
    }

    /** C connections send {@code path} in a closed loop for {@code secs}; latencies of the whole phase. */
    static Phase run(String name, String path, int secs) throws Exception {
        return run(name, path, secs, 0);
    }

    /**
     * C connections send {@code path} for {@code secs}: in a closed loop ({@code perSecond} 0), or on a schedule of
     * {@code perSecond} requests/s in all, connection t's k-th request due at start + (t + k C) / perSecond, its latency
     * counted from then (a connection that falls behind sends at once, and its lateness counts).
     */
    static Phase run(String name, String path, int secs, int perSecond) throws Exception {
        byte[] request = Raw.request(path);
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            int me = t;
            Thread th = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                try (Raw r = new Raw()) {
                    ready.countDown();
                    go.await();
                    long end = window[1];
                    long interval = perSecond == 0 ? 0 : connections * 1_000_000_000L / perSecond;
                    long due = window[0] + (perSecond == 0 ? 0 : me * 1_000_000_000L / perSecond);
                    while (true) {
                        long start = System.nanoTime();
                        if (perSecond > 0) {
                            if (due >= end) {
                                break;
                            }
                            while (start < due) {
                                java.util.concurrent.locks.LockSupport.parkNanos(due - start);
                                start = System.nanoTime();
                            }
                            start = due;
                            due += interval;
                        } else if (start >= end) {
                            break;
                        }
                        int s = r.send(request);
                        long took = System.nanoTime() - start;
                        if (s != 200) {
                            errors.incrementAndGet();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = took;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    ready.countDown();
                }
                latencies[me] = mine;
                counts[me] = n;
            });
            threads.add(th);
            th.start();
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + secs * 1_000_000_000L;
        go.countDown();
        for (Thread th : threads) {
            th.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        double p50 = total == 0 ? 0 : all[(int) (total * 0.50)] / 1e6;
        double p99 = total == 0 ? 0 : all[Math.min(total - 1, (int) (total * 0.99))] / 1e6;
        return new Phase(name, total, elapsed, p50, p99, errors.get());
    }
}
