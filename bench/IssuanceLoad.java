import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificate issuance batch benchmark (not a test). Against a running Kaowu on PostgreSQL started with the demo
 * certificates ({@code -Dkaowu.demo.certificates=true}; bench/issuance.sh does both) it:
 * 1. takes the valid demo holder's sitting of last year's demo exam as a template and copies it N times with plain
 *    SQL (an account, a profile with its own identity number, a registration, its two scores, its entry in the
 *    finished public listing), ids from 1,000,000,000 up so that nothing the server numbers collides;
 * 2. starts the issuance batch of that exam as the office ({@code POST /api/office/certificates/exams/{id}/runs})
 *    and polls the run until it completes: every new sitting is weighed by the full gate and issued (numbers, a
 *    status-list entry, the annotation, the audit record, the holder's notification), chunk by chunk;
 * 3. in the same run, the baseline: the same number of certificate rows written with plain JDBC into a copy of the
 *    certificate table (same columns, indexes and constraints), in transactions of 50 rows (the batch's chunk), one
 *    connection, each row copied from the demo certificate with a new id, number and code.
 * Prints sittings/s of the batch, rows/s of the baseline and the ratio. While the batch runs, the driver analyzes the
 * tables the batch fills every 15 seconds, as autovacuum does on a production server (autovacuum is off on this
 * machine's PostgreSQL).
 *
 * java -cp postgresql.jar bench/IssuanceLoad.java [--base URL] [--jdbc URL] [--db-user USER] [--sittings N]
 */
public class IssuanceLoad {

    static String base = "http://127.0.0.1:8080";
    static String jdbc = "jdbc:postgresql://127.0.0.1:5432/kaowu_bench";
    static String dbUser = "postgres";
    static int sittings = 10_000;
    static final long FIRST = 1_000_000_000L;
    static final String OFFICE = "office:demo-2026";

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--jdbc" -> jdbc = args[++i];
                case "--db-user" -> dbUser = args[++i];
                case "--sittings" -> sittings = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (Connection c = DriverManager.getConnection(jdbc, dbUser, System.getenv().getOrDefault("PGPASSWORD", ""))) {
            long[] template = template(c);
            long registration = template[0];
            long exam = template[1];
            long account = template[2];
            long t0 = System.nanoTime();
            copySittings(c, registration, account);
            System.out.printf(Locale.ROOT, "%,d sittings copied from registration %d of exam %d in %.1f s%n", sittings,
                    registration, exam, (System.nanoTime() - t0) / 1e9);

            HttpClient http = HttpClient.newHttpClient();
            long start = System.nanoTime();
            HttpResponse<String> started = http.send(request("/api/office/certificates/exams/" + exam + "/runs")
                    .POST(HttpRequest.BodyPublishers.ofString("")).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() / 100 != 2) {
                throw new IllegalStateException("start: HTTP " + started.statusCode() + " " + started.body());
            }
            String run;
            long lastPrint = 0;
            long lastAnalyze = System.nanoTime();
            while (true) {
                Thread.sleep(1000);
                if (System.nanoTime() - lastAnalyze > 15_000_000_000L) {
                    // What autovacuum's analyze does on a production server (this machine's PostgreSQL runs with
                    // autovacuum off): without it the planner keeps the statistics of the empty tables the batch
                    // started on, and looks certificates and verdicts up by scanning them whole.
                    c.createStatement().execute("analyze certificate, issuance_verdict, notification, audit_event,"
                            + " certificate_annotation, certificate_series");
                    lastAnalyze = System.nanoTime();
                }
                run = http.send(request("/api/office/certificates/exams/" + exam + "/runs").GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                String state = field(run, "state");
                if (System.nanoTime() - lastPrint > 15_000_000_000L) {
                    System.out.printf(Locale.ROOT, "  %s: %s of %s weighed, %s issued%n", state, field(run, "done"),
                            field(run, "candidates"), field(run, "issued"));
                    lastPrint = System.nanoTime();
                }
                if (!"QUEUED".equals(state) && !"RUNNING".equals(state)) {
                    break;
                }
            }
            double batchSeconds = (System.nanoTime() - start) / 1e9;
            if (!"COMPLETED".equals(field(run, "state"))) {
                throw new IllegalStateException("the batch did not complete: " + run.substring(0, Math.min(400, run.length())));
            }
            long issued = count(c, "select count(*) from certificate where registration_id >= " + FIRST);
            if (issued != sittings) {
                throw new IllegalStateException(issued + " certificates for " + sittings + " sittings: " + run);
            }
            double ceiling = baseline(c);
            double rate = sittings / batchSeconds;
            System.out.printf(Locale.ROOT, "batch: %,d sittings weighed and issued in %.1f s: %.0f certificates/s%n",
                    sittings, batchSeconds, rate);
            System.out.printf(Locale.ROOT, "baseline: %,d certificate rows by plain JDBC in chunks of 50: %.0f rows/s%n",
                    sittings, ceiling);
            System.out.printf(Locale.ROOT, "batch / baseline: %.3f%n", rate / ceiling);
        }
    }

    /** The valid demo holder's sitting: registration, exam, account. */
    static long[] template(Connection c) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery("select r.id, r.exam_id, r.account_id from registration r"
                + " join account a on a.id = r.account_id join certificate x on x.registration_id = r.id"
                + " where a.username = 'holder@kaowu.demo'")) {
            if (!r.next()) {
                throw new IllegalStateException("no demo certificate: was the server started with -Dkaowu.demo.certificates=true?");
            }
            return new long[]{r.getLong(1), r.getLong(2), r.getLong(3)};
        }
    }

    static void copySittings(Connection c, long registration, long account) throws Exception {
        c.setAutoCommit(false);
        String g = " from generate_series(1, " + sittings + ") g, ";
        copy(c, "account", Map.of("id", FIRST + "::bigint + g", "username", "'bench' || g || '@kaowu.bench'"),
                g + "account t where t.id = " + account);
        copy(c, "candidate_profile", Map.of("account_id", FIRST + " + g",
                        "id_number", "'1101052000' || lpad(g::text, 7, '0') || 'X'"),
                g + "candidate_profile t where t.account_id = " + account);
        copy(c, "registration", Map.of("id", FIRST + " + g", "account_id", FIRST + " + g",
                "idempotency_key", "'bench-' || g"), g + "registration t where t.id = " + registration);
        copy(c, "score", Map.of("id", (3 * FIRST) + "::bigint + 2 * g + (case when t.subject_code = '01' then 0 else 1 end)",
                "registration_id", FIRST + " + g"), g + "score t where t.registration_id = " + registration);
        copy(c, "listing_entry", Map.of("id", FIRST + " + g", "registration_id", FIRST + " + g"),
                g + "listing_entry t where t.registration_id = " + registration);
        c.commit();
        c.setAutoCommit(true);
        c.createStatement().execute("analyze");
    }

    /** Copies the template rows of {@code table} (the from clause names it t), each column as it is or overridden. */
    static void copy(Connection c, String table, Map<String, String> overrides, String from) throws Exception {
        try (Statement s = c.createStatement()) {
            int n = s.executeUpdate(insertSelect(c, table, overrides) + from);
            if (n < sittings) {
                throw new IllegalStateException(table + ": " + n + " rows copied");
            }
        }
    }

    /** "insert into INTO (every column) select (t.column, or its override, …)": the caller adds the from clause. */
    static String insertSelect(Connection c, String into, Map<String, String> overrides) throws Exception {
        List<String> columns = columns(c, into);
        StringBuilder select = new StringBuilder();
        for (String col : columns) {
            select.append(select.length() == 0 ? "" : ", ").append(overrides.getOrDefault(col, "t." + col));
        }
        return "insert into " + into + " (" + String.join(", ", columns) + ") select " + select;
    }

    static List<String> columns(Connection c, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
            q.setString(1, table);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
        }
        return columns;
    }

    /** Rows/s writing the same number of certificate rows into a copy of the table, 50 per transaction. */
    static double baseline(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists certificate_bench");
            s.execute("create table certificate_bench (like certificate including all)");
        }
        long template;
        try (ResultSet r = c.createStatement().executeQuery("select min(id) from certificate where registration_id >= " + FIRST)) {
            r.next();
            template = r.getLong(1);
        }
        List<String> columns = columns(c, "certificate_bench");
        Map<String, String> overrides = Map.of("id", "?", "registration_id", "?", "number", "?", "verification_code", "?",
                "serial", "?", "management_number", "?", "management_serial", "?", "status_index", "?");
        String sql = insertSelect(c, "certificate_bench", overrides) + " from certificate t where t.id = " + template;
        List<String> order = new ArrayList<>();
        for (String col : columns) {
            if (overrides.containsKey(col)) {
                order.add(col);
            }
        }
        c.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 1; i <= sittings; i++) {
                int k = 1;
                for (String col : order) {
                    switch (col) {
                        case "id", "serial", "management_serial", "registration_id" -> p.setLong(k++, FIRST + i);
                        case "status_index" -> p.setInt(k++, i);
                        case "number" -> p.setString(k++, "B" + (FIRST + i));
                        case "management_number" -> p.setString(k++, "M" + (FIRST + i));
                        default -> p.setString(k++, String.format(Locale.ROOT, "B%015d", i));
                    }
                }
                p.executeUpdate();
                if (i % 50 == 0 || i == sittings) {
                    c.commit();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        c.setAutoCommit(true);
        c.createStatement().execute("drop table certificate_bench");
        return sittings / seconds;
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(OFFICE.getBytes(StandardCharsets.UTF_8)));
    }

    /** A field of the newest run (the first object of the array). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static long count(Connection c, String sql) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
