import org.kaowu.scheduling.AvailableRoom;
import org.kaowu.scheduling.RoomKind;
import org.kaowu.scheduling.SeatPattern;
import org.kaowu.scheduling.SeatPlacement;
import org.kaowu.scheduling.SeatPlanner;
import org.kaowu.scheduling.SeatingCandidate;
import org.kaowu.scheduling.SeatingPlan;
import org.kaowu.scheduling.SeatingPolicy;
import org.kaowu.scheduling.TicketNumberTemplate;
import org.kaowu.scheduling.TicketParts;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seat allocation end to end on PostgreSQL (a benchmark, not a test): read the registrations that will sit, allocate,
 * write the seats, against a plain batched JDBC insert of the same seat rows into the same table, in the same run.
 * <p>
 * <b>Schema</b> (scratch database, created afresh): {@code registration}, {@code candidate_profile},
 * {@code profile_work} with the columns the allocation reads (the production tables' names, types and the index on
 * (exam_id, status)), {@code allocation_run}, and {@code seat_assignment} exactly as V20 creates it (its unique
 * constraints, the index on registration_id, foreign keys to the run and the registration), with {@code allocation_seq}
 * (increment 50).
 * <p>
 * <b>Data</b> (not timed): n registrations of one exam and area, every one standing (ACCEPTED, PAID, identity
 * confirmed), 4 sessions on 2 exam days (2 a day, as 一级建造师), in 4 groups; employers as in SeatingLoad (5 big with
 * 5 %, 200 mid-sized with 0.1 %, a long tail, 10 % none) as work periods (one current job each, a past one for a
 * third); 0.5 % need an accessible room. Rooms of 30 seats, 40 a site, every tenth accessible, every twentieth spare,
 * 25 % more seats than needed, 5 % reserve.
 * <p>
 * <b>End to end</b> (timed, what SeatAllocator does, over JDBC instead of JPA): the two queries of
 * {@code Sitters.of} (registrations joined to the profile with the standing conditions, and their work periods) and
 * the rooms; the candidates per day (group = level + the day's subjects); {@code SeatPlanner.plan} per day; ticket
 * numbers from the default template on the first day's row; the query of the rows already written (as a resumed run
 * does); then the writer's SQL: ids from {@code allocation_seq} (one nextval per 50 rows, as Hibernate's pooled
 * optimizer), the same {@code insert into seat_assignment (…)} in JDBC batches of 50 (hibernate.jdbc.batch_size), a
 * transaction per chunk of 2,000 rows with the run's progress updated in it.
 * <p>
 * <b>Baseline</b> (timed): the same seat rows (computed beforehand, ids included) inserted by one plain
 * PreparedStatement in JDBC batches of 2,000, one commit at the end, into the same (emptied) table.
 * <p>
 * Both on the same connection settings (no reWriteBatchedInserts, like the server's datasource); the table is
 * truncated and vacuumed before every timing; baseline and end to end alternate, rounds per size.
 *
 * java -cp ejb/target/classes:postgresql.jar bench/SeatingEndToEnd.java --url jdbc:postgresql://127.0.0.1:5432/kaowu_bench
 *      [--user postgres] [--sizes 10000,100000] [--rounds 3]
 */
public class SeatingEndToEnd {

    static final int CHUNK = 2_000;
    static int HIBERNATE_BATCH = Integer.getInteger("batch", 50);
    static int ID_BLOCK = Integer.getInteger("idBlock", 50);
    static final LocalDate DAY1 = LocalDate.of(2027, 9, 18);
    static final LocalDate DAY2 = LocalDate.of(2027, 9, 19);
    static final String AREA = "广东省";
    static final long EXAM = 1;

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/kaowu_bench";
        String user = "postgres";
        int[] sizes = {10_000, 100_000};
        int rounds = 3;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--user" -> user = args[i + 1];
                case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, url);
        System.out.println("| candidates | seat rows | end to end median (best) | read + plan | write | plain insert median (best) | insert / end to end |");
        System.out.println("|---|---|---|---|---|---|---|");
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            for (int n : sizes) {
                schema(c);
                load(c, n, 20271202L + n);
                List<Object[]> rows = null;
                long[] e2e = new long[rounds];
                long[] readPlan = new long[rounds];
                long[] plain = new long[rounds];
                for (int r = -1; r < rounds; r++) {   // r = -1: warm-up
                    empty(c);
                    long t0 = System.nanoTime();
                    Result result = endToEnd(c, 42 + Math.max(r, 0));
                    long t = System.nanoTime() - t0;
                    check(c, n * 2);
                    if (rows == null) {
                        rows = seatRows(c);
                    }
                    empty(c);
                    t0 = System.nanoTime();
                    plainInsert(c, rows);
                    long p = System.nanoTime() - t0;
                    check(c, rows.size());
                    if (r >= 0) {
                        e2e[r] = t;
                        readPlan[r] = result.readPlanNanos;
                        plain[r] = p;
                    }
                }
                long[] sortedE2e = e2e.clone();
                Arrays.sort(sortedE2e);
                long[] sortedPlain = plain.clone();
                Arrays.sort(sortedPlain);
                long[] sortedRead = readPlan.clone();
                Arrays.sort(sortedRead);
                double em = sortedE2e[rounds / 2] / 1e6;
                double pm = sortedPlain[rounds / 2] / 1e6;
                double rm = sortedRead[rounds / 2] / 1e6;
                System.out.printf(Locale.ROOT, "| %,d | %,d | %,.0f ms (%,.0f) | %,.0f ms | %,.0f ms | %,.0f ms (%,.0f) | %.2f |%n",
                        n, rows.size(), em, sortedE2e[0] / 1e6, rm, em - rm, pm, sortedPlain[0] / 1e6, pm / em);
            }
        }
    }

    record Result(long readPlanNanos) {
    }

    // ---- the end-to-end path

    static Result endToEnd(Connection c, long seed) throws SQLException {
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        // Sitters.of: the registrations that will sit, then their work periods (the employer of the current job).
        record Sitter(long id, String level, String subjects, boolean needs) {
        }
        List<Sitter> sitters = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select r.id, r.level, r.area, r.subjects, p.needs_accessible_room"
                + " from registration r, candidate_profile p where p.account_id = r.account_id and r.exam_id = ?"
                + " and r.status in ('ACCEPTED', 'APPROVED') and (r.payment = 'PAID' or r.fee = 0)"
                + " and r.identity_pending = false and p.identity_status not in ('DISPUTED', 'REJECTED')"
                + " and r.area = ? order by r.id")) {
            q.setLong(1, EXAM);
            q.setString(2, AREA);
            q.setFetchSize(5_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sitters.add(new Sitter(rs.getLong(1), rs.getString(2), rs.getString(4), rs.getBoolean(5)));
                }
            }
        }
        Map<Long, String> employer = new HashMap<>();
        Map<Long, LocalDate> current = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("select r.id, w.employer, w.from_date, w.to_date"
                + " from registration r, candidate_profile p join profile_work w on w.account_id = p.account_id"
                + " where p.account_id = r.account_id and r.exam_id = ? and r.status in ('ACCEPTED', 'APPROVED')"
                + " and (r.payment = 'PAID' or r.fee = 0) and r.identity_pending = false"
                + " and p.identity_status not in ('DISPUTED', 'REJECTED') and r.area = ?")) {
            q.setLong(1, EXAM);
            q.setString(2, AREA);
            q.setFetchSize(5_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Date to = rs.getDate(4);
                    if (to == null || !current.containsKey(id)) {
                        employer.put(id, rs.getString(2).strip().toLowerCase(Locale.ROOT));
                        if (to == null) {
                            current.put(id, null);
                        }
                    }
                }
            }
        }
        List<AvailableRoom> rooms = rooms(c);
        c.commit();
        // The candidates per day: 2 sessions a day, the group is the level and the day's subjects.
        Map<LocalDate, List<SeatingCandidate>> byDay = new TreeMap<>();
        for (Sitter s : sitters) {
            String[] subjects = s.subjects().split("/");
            String e = employer.get(s.id());
            byDay.computeIfAbsent(DAY1, d -> new ArrayList<>()).add(new SeatingCandidate(s.id(),
                    s.level() + " " + subjects[0] + "+" + subjects[1], e, s.needs(), List.of(subjects[0] + "@09:00",
                    subjects[1] + "@14:00")));
            byDay.computeIfAbsent(DAY2, d -> new ArrayList<>()).add(new SeatingCandidate(s.id(),
                    s.level() + " " + subjects[2] + "+" + subjects[3], e, s.needs(), List.of(subjects[2] + "@09:00",
                    subjects[3] + "@14:00")));
        }
        Map<Long, AvailableRoom> roomById = new HashMap<>();
        rooms.forEach(r -> roomById.put(r.roomId(), r));
        Map<Long, String[]> places = ticketPlaces(rooms);
        TicketNumberTemplate template = TicketNumberTemplate.parse(TicketNumberTemplate.DEFAULT);
        List<Object[]> out = new ArrayList<>(sitters.size() * 2);
        Set<Long> ticketed = new HashSet<>();
        for (var day : byDay.entrySet()) {
            SeatingPlan plan = SeatPlanner.plan(day.getValue(), rooms, new SeatingPolicy(0.05), seed);
            if (!plan.complete()) {
                throw new IllegalStateException("shortfall " + plan.shortfalls());
            }
            for (SeatPlacement p : plan.placements()) {
                AvailableRoom room = roomById.get(p.roomId());
                String ticket = null;
                if (ticketed.add(p.registrationId())) {
                    String[] place = places.get(room.roomId());
                    ticket = template.format(new TicketParts(2027, "YJ", AREA, place[0], place[1], p.seatNumber()));
                }
                out.add(new Object[]{p.registrationId(), day.getKey(), room.roomId(), room.siteId(), p.row(),
                        p.column(), p.seatNumber(), ticket});
            }
        }
        out.sort(Comparator.comparing((Object[] r) -> (LocalDate) r[1]).thenComparingLong(r -> (Long) r[0]));
        // The rows already written (a fresh run: none), as prepare() asks.
        Set<String> written = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("select concat(registration_id, '@', exam_day) from seat_assignment"
                + " where run_id = ?")) {
            q.setLong(1, 1);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    written.add(rs.getString(1));
                }
            }
        }
        c.commit();
        long readPlan = System.nanoTime() - t0;
        // The writer: a transaction per chunk, ids from the sequence per 50, JDBC batches of 50, progress per chunk.
        try (PreparedStatement next = c.prepareStatement("select nextval('allocation_seq')");
             PreparedStatement insert = c.prepareStatement("insert into seat_assignment (exam_day, registration_id,"
                     + " room_id, run_id, seat_column, seat_number, seat_row, site_id, ticket_number, id)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement progress = c.prepareStatement("update allocation_run set seated = ?, version = version + 1"
                     + " where id = ?")) {
            long nextId = 0;
            long lastId = -1;
            int seated = 0;
            for (int from = 0; from < out.size(); from += CHUNK) {
                List<Object[]> chunk = out.subList(from, Math.min(out.size(), from + CHUNK));
                int batched = 0;
                for (Object[] r : chunk) {
                    if (written.contains(r[0] + "@" + r[1])) {
                        continue;
                    }
                    if (nextId > lastId) {
                        try (ResultSet rs = next.executeQuery()) {
                            rs.next();
                            nextId = rs.getLong(1);
                            lastId = nextId + ID_BLOCK - 1;
                        }
                    }
                    bind(insert, r, 1, nextId++);
                    insert.addBatch();
                    if (++batched % HIBERNATE_BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                seated += chunk.size();
                progress.setInt(1, seated);
                progress.setLong(2, 1);
                progress.executeUpdate();
                c.commit();
            }
        }
        c.setAutoCommit(true);
        return new Result(readPlan);
    }

    static void bind(PreparedStatement insert, Object[] r, long run, long id) throws SQLException {
        insert.setObject(1, r[1]);
        insert.setLong(2, (Long) r[0]);
        insert.setLong(3, (Long) r[2]);
        insert.setLong(4, run);
        insert.setInt(5, (Integer) r[5]);
        insert.setInt(6, (Integer) r[6]);
        insert.setInt(7, (Integer) r[4]);
        insert.setLong(8, (Long) r[3]);
        insert.setString(9, (String) r[7]);
        insert.setLong(10, id);
    }

    /** The same ticket places as SeatAllocator.ticketPlaces: site and room by their order in the area, from 1. */
    static Map<Long, String[]> ticketPlaces(List<AvailableRoom> rooms) {
        List<AvailableRoom> sorted = rooms.stream().sorted(Comparator.comparing(AvailableRoom::siteCode)
                .thenComparing(AvailableRoom::roomNumber).thenComparingLong(AvailableRoom::roomId)).toList();
        Map<Long, String[]> out = new HashMap<>();
        Map<Long, Integer> siteIndex = new HashMap<>();
        Map<Long, Integer> roomCount = new HashMap<>();
        for (AvailableRoom r : sorted) {
            int site = siteIndex.computeIfAbsent(r.siteId(), id -> siteIndex.size() + 1);
            int room = roomCount.merge(r.siteId(), 1, Integer::sum);
            out.put(r.roomId(), new String[]{Integer.toString(site), Integer.toString(room)});
        }
        return out;
    }

    static List<AvailableRoom> rooms(Connection c) throws SQLException {
        List<AvailableRoom> out = new ArrayList<>();
        SeatPattern[] patterns = SeatPattern.values();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, site_id, site_code, room_number, floor, rows, columns, pattern,"
                     + " capacity, accessible, spare from bench_room order by site_code, room_number")) {
            while (rs.next()) {
                out.add(new AvailableRoom(rs.getLong(1), AREA, rs.getLong(2), rs.getString(3), "考点" + rs.getLong(2),
                        "地址", rs.getString(4), rs.getInt(5), RoomKind.PAPER, rs.getInt(6), rs.getInt(7),
                        patterns[rs.getInt(8)], rs.getInt(9), rs.getBoolean(10), rs.getBoolean(11)));
            }
        }
        return out;
    }

    // ---- the baseline

    static List<Object[]> seatRows(Connection c) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select registration_id, exam_day, room_id, site_id, seat_row, seat_column,"
                     + " seat_number, ticket_number, id from seat_assignment order by id")) {
            while (rs.next()) {
                out.add(new Object[]{rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getLong(9)});
            }
        }
        return out;
    }

    static void plainInsert(Connection c, List<Object[]> rows) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("insert into seat_assignment (exam_day, registration_id,"
                + " room_id, run_id, seat_column, seat_number, seat_row, site_id, ticket_number, id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Object[] r : rows) {
                bind(insert, r, 1, (Long) r[8]);
                insert.addBatch();
                if (++n % CHUNK == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    // ---- set-up (not timed)

    static void schema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists seat_assignment, allocation_run, registration, profile_work,"
                    + " candidate_profile, bench_room cascade");
            s.execute("drop sequence if exists allocation_seq");
            s.execute("create sequence allocation_seq start with 1 increment by " + ID_BLOCK);
            s.execute("create table candidate_profile (account_id bigint not null primary key,"
                    + " identity_status varchar(20) not null, needs_accessible_room boolean default false not null)");
            s.execute("create table profile_work (account_id bigint not null, position integer not null,"
                    + " employer varchar(100) not null, from_date date not null, to_date date, field varchar(100) not null,"
                    + " primary key (account_id, position))");
            s.execute("create table registration (id bigint not null primary key, account_id bigint not null,"
                    + " exam_id bigint not null, level varchar(50), area varchar(40) not null, subjects varchar(400) not null,"
                    + " status varchar(20) not null, payment varchar(20), fee numeric(10, 2) not null,"
                    + " identity_pending boolean not null)");
            s.execute("create index ix_registration_exam on registration (exam_id, status)");
            s.execute("create table allocation_run (id bigint not null primary key, seated integer not null,"
                    + " version bigint not null)");
            s.execute("insert into allocation_run values (1, 0, 0)");
            s.execute("create table bench_room (id bigint primary key, site_id bigint, site_code varchar(20),"
                    + " room_number varchar(20), floor integer, rows integer, columns integer, pattern integer,"
                    + " capacity integer, accessible boolean, spare boolean)");
            // seat_assignment as V20 creates it.
            s.execute("""
                    create table seat_assignment (
                        id              bigint      not null primary key,
                        run_id          bigint      not null,
                        registration_id bigint      not null,
                        exam_day        date        not null,
                        room_id         bigint      not null,
                        site_id         bigint      not null,
                        seat_row        integer     not null,
                        seat_column     integer     not null,
                        seat_number     integer     not null,
                        ticket_number   varchar(60),
                        constraint fk_seat_assignment_run foreign key (run_id) references allocation_run (id),
                        constraint fk_seat_assignment_registration foreign key (registration_id) references registration (id),
                        constraint uk_seat_assignment_registration unique (run_id, registration_id, exam_day),
                        constraint uk_seat_assignment_seat unique (run_id, room_id, exam_day, seat_number),
                        constraint uk_seat_assignment_ticket unique (run_id, ticket_number)
                    )""");
            s.execute("create index ix_seat_assignment_registration on seat_assignment (registration_id)");
        }
    }

    static void load(Connection c, int n, long seed) throws Exception {
        Random r = new Random(seed);
        String[] levels = {"中级", "中级", "初级", "高级"};
        String[][] subjects = {{"A1", "A2", "A3", "A4"}, {"B1", "B2", "B3", "B4"}};
        StringBuilder reg = new StringBuilder();
        StringBuilder prof = new StringBuilder();
        StringBuilder work = new StringBuilder();
        int tail = Math.max(1, n / 3);
        for (int i = 0; i < n; i++) {
            long id = 1_000_000L + 7L * i;
            long account = 5_000_000L + i;
            int g = r.nextInt(4);
            reg.append(id).append('\t').append(account).append('\t').append(EXAM).append('\t').append(levels[g])
                    .append('\t').append(AREA).append('\t').append(String.join("/", subjects[g % 2]))
                    .append("\tACCEPTED\tPAID\t68.00\tf\n");
            prof.append(account).append("\tCONFIRMED\t").append(r.nextInt(200) == 0 ? 't' : 'f').append('\n');
            double p = r.nextDouble();
            String employer = p < 0.25 ? "Big-" + r.nextInt(5) : p < 0.45 ? "Mid-" + r.nextInt(200)
                    : p < 0.90 ? "Tail-" + r.nextInt(tail) : null;
            if (employer != null) {
                work.append(account).append("\t0\t").append(employer).append("\t2015-07-01\t\\N\t工程\n");
            }
            if (i % 3 == 0) {
                work.append(account).append("\t1\t").append("Past-").append(r.nextInt(1000))
                        .append("\t2010-07-01\t2015-06-30\t实习\n");
            }
        }
        int roomsNeeded = (int) Math.ceil(n * 1.25 / 30 / 0.95) + 40;
        StringBuilder rooms = new StringBuilder();
        for (int k = 0; k < roomsNeeded; k++) {
            long site = 1 + k / 40;
            rooms.append(10L + k).append('\t').append(site).append('\t').append(String.format("%04d", site)).append('\t')
                    .append(String.format("%03d", k % 40 + 1)).append('\t').append(1 + (k % 40) / 10)
                    .append("\t5\t6\t").append(k % 3).append("\t30\t").append(k % 10 == 0 ? 't' : 'f').append('\t')
                    .append(k % 20 == 19 ? 't' : 'f').append('\n');
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("copy registration from stdin", new StringReader(reg.toString()));
        copy.copyIn("copy candidate_profile from stdin", new StringReader(prof.toString()));
        copy.copyIn("copy profile_work from stdin", new StringReader(work.toString()));
        copy.copyIn("copy bench_room from stdin", new StringReader(rooms.toString()));
        try (Statement s = c.createStatement()) {
            s.execute("vacuum analyze");
        }
    }

    static void empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("truncate seat_assignment");
            s.execute("update allocation_run set seated = 0");
            s.execute("vacuum analyze seat_assignment");
            s.execute("checkpoint");
        }
    }

    static void check(Connection c, int expected) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(distinct (registration_id, exam_day)),"
                     + " count(distinct (room_id, exam_day, seat_number)), count(ticket_number) from seat_assignment")) {
            rs.next();
            if (rs.getInt(1) != expected || rs.getInt(2) != expected || rs.getInt(3) != expected
                    || rs.getInt(4) != expected / 2) {
                throw new IllegalStateException("seats: " + rs.getInt(1) + " rows, " + rs.getInt(2) + " people-days, "
                        + rs.getInt(3) + " seats, " + rs.getInt(4) + " tickets; expected " + expected);
            }
        }
    }
}
