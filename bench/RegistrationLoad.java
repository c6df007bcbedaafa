import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Registration load driver (a benchmark, not a test). Against a running Kaowu on PostgreSQL it:
 * 1. creates a plan with warm-up and measured exams open for registration (as the demo office user),
 * 2. signs up N candidates, each signing in once and keeping its session (no password check per request),
 * 3. has the N candidates register concurrently, each for every exam (warm-up first, then measured),
 * 4. in the same run, inserts the same registration rows with plain JDBC from N threads (the ceiling).
 * Prints registrations/s, p50/p99 latency, the JDBC ceiling and the ratio.
 *
 * java -cp postgresql.jar bench/RegistrationLoad.java [--base URL] [--clients N] [--exams K] [--warmup W]
 *      [--jdbc URL] [--db-user USER]
 */
public class RegistrationLoad {

    static String base = "http://127.0.0.1:8080";
    static int clients = 100;
    static int exams = 40;
    static int warmup = 10;
    static String jdbc = "jdbc:postgresql://127.0.0.1:5432/kaowu_bench";
    static String dbUser = "postgres";
    static int jdbcThreads = 16;
    /** When above 0: only the platform floor, this many requests per client, with the office's sessions. */
    static int floorOnly = 0;
    static String floorPath = "/api/me";

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();
    static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    record Answer(int status, String body, String cookie) {
    }

    /**
     * A keep-alive HTTP/1.1 connection of one client, written by hand: the JDK's HttpClient spends about as much CPU
     * per request as the server does, and the driver shares the machine's two cores with the server and the database.
     */
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

        /** Sends one request and answers its status; the body is kept in {@link #body}. */
        int send(String method, String path, String cookie, String json, String... headers) throws IOException {
            byte[] content = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder h = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(socket.getInetAddress().getHostAddress()).append("\r\nCookie: JSESSIONID=").append(cookie)
                    .append("\r\nAccept: application/json\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                h.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            if (json != null) {
                h.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            byte[] head = h.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            byte[] request = new byte[head.length + content.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(content, 0, request, head.length, content.length);
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
            ByteArrayOutputStream b = new ByteArrayOutputStream();
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

    static Answer send(String method, String path, String contentType, byte[] body, String cookie, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (cookie != null && cookie.startsWith("Basic ")) {
            b.header("Authorization", cookie);
        } else if (cookie != null) {
            b.header("Cookie", "JSESSIONID=" + cookie);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String set = r.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
        return new Answer(r.statusCode(), r.body(), set);
    }

    static Answer json(String method, String path, String json, String cookie, String... headers) throws Exception {
        return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), cookie, headers);
    }

    static Answer expect(Answer a, int status, String what) {
        if (a.status() != status) {
            throw new IllegalStateException(what + ": HTTP " + a.status() + " " + a.body());
        }
        return a;
    }

    /** Signs in once with Basic and answers the session id used from then on. */
    static String signIn(String user, String password) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Answer a = expect(send("GET", "/api/me", null, null, basic), 200, "sign-in " + user);
        if (a.cookie() == null) {
            throw new IllegalStateException("no session cookie for " + user);
        }
        return a.cookie();
    }

    static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "110105" + LocalDate.of(1980, 1, 1).plusDays(r.nextInt(3650)).toString().replace("-", "")
                + String.format("%03d", r.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--base" -> base = args[i + 1];
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--exams" -> exams = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--jdbc" -> jdbc = args[i + 1];
                case "--db-user" -> dbUser = args[i + 1];
                case "--jdbc-threads" -> jdbcThreads = Integer.parseInt(args[i + 1]);
                case "--floor-only" -> floorOnly = Integer.parseInt(args[i + 1]);
                case "--floor-path" -> floorPath = args[i + 1];
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        String office = signIn("office", "demo-2026");
        if (floorOnly > 0) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            String[] sessions = new String[clients];
            for (int c = 0; c < clients; c++) {
                sessions[c] = signIn("office", "demo-2026");
            }
            floor(pool, sessions, Math.max(1, floorOnly / 4));
            double[] f = floor(pool, sessions, floorOnly);
            System.out.printf(Locale.ROOT, "platform floor: %.0f requests/s, p99 %.1f ms%n", f[0], f[1]);
            System.exit(0);
        }
        int year = 2060;
        while (send("GET", "/api/plans/" + year, null, null, office).status() == 200) {
            year++;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        expect(json("POST", "/api/plans", "{\"year\":" + year + ",\"title\":\"压力测试\",\"authority\":\"某省人事考试中心\"}", office), 201, "plan");
        int total = warmup + exams;
        for (int e = 0; e < total; e++) {
            String exam = """
                    {"code":"B%03d","qualification":"经济专业技术资格","levels":["中级"],
                     "windows":{"registrationOpens":"%s","registrationCloses":"%s","withdrawalDeadline":"%s",
                      "verificationDeadline":"%d-08-31","ticketsOpen":"%d-09-01","ticketsClose":"%d-09-10",
                      "examStart":"%d-09-08","examEnd":"%d-09-10","scoreRelease":"%d-11-30","certificatesFrom":"%d-12-15"},
                     "subjects":[{"level":"中级","code":"01","name":"经济基础知识","durationMinutes":150,"fullMarks":140,"passMark":84,"fee":56}],
                     "sessions":[{"level":"中级","subjectCode":"01","date":"%d-09-08","start":"09:00","end":"11:30"}]}
                    """.formatted(e, today.minusDays(1), today.plusDays(30), today.plusDays(30), year, year, year, year, year, year, year, year);
            expect(json("PUT", "/api/plans/" + year + "/exams/B" + String.format("%03d", e), exam, office), 201, "exam " + e);
        }
        expect(json("POST", "/api/plans/" + year + "/publish", "", office), 200, "publish");
        System.out.printf(Locale.ROOT, "plan %d: %d warm-up + %d measured exams%n", year, warmup, exams);

        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(358, 441, BufferedImage.TYPE_INT_RGB), "jpeg", photo);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        String[] sessions = new String[clients];
        List<Future<?>> setup = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int n = c;
            setup.add(pool.submit(() -> {
                String email = "bench-" + UUID.randomUUID().toString().substring(0, 12) + "@example.cn";
                expect(json("POST", "/api/accounts", "{\"contact\":\"" + email + "\",\"displayName\":\"压测考生\",\"password\":\"bench-pass-1\"}", null), 201, "sign-up");
                String s = signIn(email, "bench-pass-1");
                expect(json("PUT", "/api/profile", """
                        {"realName":"压测考生","idType":"RESIDENT_ID","idNumber":"%s","mobile":"13800000000",
                         "education":"BACHELOR","school":"某大学","major":"经济学","graduationDate":"2010-07-01",
                         "work":[{"employer":"某单位","from":"2010-07-15","field":"经济管理"}]}
                        """.formatted(idNumber()), s), 200, "profile");
                expect(send("PUT", "/api/profile/photo", "image/jpeg", photo.toByteArray(), s), 200, "photo");
                sessions[n] = s;
                return null;
            }));
        }
        for (Future<?> f : setup) {
            f.get();
        }
        Matcher sha = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"").matcher(
                expect(send("GET", "/api/registrations/notice?year=" + year + "&exam=B000&level=%E4%B8%AD%E7%BA%A7", null, null, sessions[0]), 200, "notice").body());
        sha.find();
        String notice = sha.group(1);
        System.out.printf(Locale.ROOT, "%d candidates signed up, signed in once each, profiles and photos stored%n", clients);

        int finalYear = year;
        run(pool, sessions, finalYear, notice, 0, warmup, null);
        long[] latencies = new long[clients * exams];
        long start = System.nanoTime();
        run(pool, sessions, finalYear, notice, warmup, total, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = clients * exams / seconds;
        Arrays.sort(latencies);
        double p50 = latencies[latencies.length / 2] / 1e6;
        double p99 = latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6;

        System.out.println();
        System.out.printf(Locale.ROOT, "HTTP registrations: %d clients x %d exams = %d in %.2f s%n", clients, exams, clients * exams, seconds);
        System.out.printf(Locale.ROOT, "  rate %.0f registrations/s, latency p50 %.1f ms, p99 %.1f ms%n", rate, p50, p99);
        floor(pool, sessions, warmup * 5);
        double[] floor = floor(pool, sessions, exams * 2);
        System.out.printf(Locale.ROOT, "Platform floor (same clients and sessions, GET /api/me: sign-in check, REST, one read, JSON): %.0f requests/s, p99 %.1f ms%n", floor[0], floor[1]);
        double ceiling = jdbcCeiling(finalYear, warmup);
        System.out.printf(Locale.ROOT, "JDBC ceiling (same rows, plain single-row inserts, %d connections, autocommit): %.0f rows/s%n", jdbcThreads, ceiling);
        System.out.printf(Locale.ROOT, "ratio HTTP / JDBC ceiling: %.0f%%; platform floor / JDBC ceiling: %.0f%%; registrations / platform floor: %.0f%%%n",
                100 * rate / ceiling, 100 * floor[0] / ceiling, 100 * rate / floor[0]);
        pool.shutdownNow();
        System.exit(0);
    }

    /** Each client registers for exams [from, to) in turn, on its own connection; every answer must be 201. */
    static void run(ExecutorService pool, String[] sessions, int year, String notice, int from, int to, long[] latencies) throws Exception {
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < sessions.length; c++) {
            int n = c;
            work.add(pool.submit(() -> {
                try (Raw http = new Raw()) {
                    for (int e = from; e < to; e++) {
                        String body = "{\"year\":" + year + ",\"examCode\":\"B" + String.format("%03d", e) + "\",\"level\":\"中级\",\"area\":\"北京市\","
                                + "\"subjects\":[\"01\"],\"path\":\"COMMITMENT\",\"major\":\"OTHER\",\"fieldWork\":[0],\"noticeSha256\":\"" + notice + "\"}";
                        long t0 = System.nanoTime();
                        int status = http.send("POST", "/api/registrations", sessions[n], body, "Idempotency-Key", UUID.randomUUID().toString());
                        long t = System.nanoTime() - t0;
                        if (status != 201 && failed.incrementAndGet() < 5) {
                            System.err.println("HTTP " + status + " " + http.body);
                        }
                        if (latencies != null) {
                            latencies[n * (to - from) + (e - from)] = t;
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " registrations failed");
        }
    }

    /**
     * The platform's floor, measured in the same run: the same clients and sessions each send {@code count} requests
     * to {@code GET /api/me} (sign-in check, REST, one read through an EJB, JSON). Answers requests/s and p99 in ms.
     */
    static double[] floor(ExecutorService pool, String[] sessions, int count) throws Exception {
        long[] latencies = new long[sessions.length * count];
        List<Future<?>> work = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < sessions.length; c++) {
            int n = c;
            work.add(pool.submit(() -> {
                try (Raw http = new Raw()) {
                    for (int i = 0; i < count; i++) {
                        long t0 = System.nanoTime();
                        if (http.send("GET", floorPath, sessions[n], null) != 200) {
                            throw new IllegalStateException("GET " + floorPath + ": " + http.body);
                        }
                        latencies[n * count + i] = System.nanoTime() - t0;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        return new double[]{latencies.length / seconds, latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6};
    }

    /** The measured rows, inserted again with plain JDBC into a copy of the table (same columns, indexes, constraints). */
    static double jdbcCeiling(int year, int warmup) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        String columns;
        try (Connection c = DriverManager.getConnection(jdbc, dbUser, "");
             Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_registration");
            s.execute("create table bench_registration (like registration including all)");
            try (ResultSet rs = s.executeQuery("select * from registration where plan_year = " + year
                    + " and exam_code >= 'B" + String.format("%03d", warmup) + "'")) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    names.add(md.getColumnName(i));
                }
                columns = String.join(",", names);
                while (rs.next()) {
                    Object[] row = new Object[md.getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        int width = rows.get(0).length;
        String sql = "insert into bench_registration (" + columns + ") values (" + "?,".repeat(width - 1) + "?)";
        ExecutorService pool = Executors.newFixedThreadPool(jdbcThreads);
        List<Future<?>> work = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        for (int t = 0; t < jdbcThreads; t++) {
            work.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(jdbc, dbUser, "");
                     PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = next.getAndIncrement(); i < rows.size(); i = next.getAndIncrement()) {
                        Object[] row = rows.get(i);
                        for (int k = 0; k < width; k++) {
                            ps.setObject(k + 1, row[k]);
                        }
                        ps.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        try (Connection c = DriverManager.getConnection(jdbc, dbUser, ""); Statement s = c.createStatement()) {
            s.execute("drop table bench_registration");
        }
        return rows.size() / seconds;
    }
}
