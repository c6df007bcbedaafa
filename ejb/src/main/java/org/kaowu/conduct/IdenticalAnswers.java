package org.kaowu.conduct;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.registration.Registration;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Csv;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.LocatedProblem;
import org.kaowu.shared.Messages;
import org.kaowu.shared.SampleFiles;
import org.kaowu.shared.SpreadsheetFile;
import org.kaowu.shared.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The marking centre's confirmed identical answers (雷同答卷, Order No. 31 Art. 11), imported as CSV (UTF-8) or the
 * first sheet of an XLSX workbook, all or nothing. Columns (header row, in this order, Chinese or English names):
 * {@code ticket_1} (准考证号1), {@code ticket_2} (准考证号2): the two candidates' ticket numbers (the first exam day's,
 * of the current seating); {@code subject} (科目): a subject code both registered for; {@code panel_reference}
 * (专家组编号): the expert panel's reference; {@code evidence} (证据说明): what the panel found. Refused with every
 * problem listed: an unknown ticket number, both tickets the same candidate's, candidates of different exams, a subject
 * not registered, a pair repeated in the file, a missing or over-long cell. On success each new pair is kept in the
 * ledger (V24 {@code identical_answer_pair}) and {@link IdenticalAnswersConfirmed} fires once per candidate; a pair
 * imported before (same subject, panel reference and tickets, either order) is skipped, so no second case opens.
 */
@Stateless
public class IdenticalAnswers {

    /** Problem type of a refused file. */
    public static final String INVALID = "invalid-identical-answers";
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    static final List<String> COLUMNS = List.of("ticket_1", "ticket_2", "subject", "panel_reference", "evidence");
    static final List<String> COLUMNS_ZH = List.of("准考证号1", "准考证号2", "科目", "专家组编号", "证据说明");
    private static final int[] LIMITS = {40, 40, 50, 100, 2000};

    private static final String SAMPLE = "/org/kaowu/conduct/samples/identical-answers.csv";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthorityClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<IdenticalAnswersConfirmed> confirmed;

    /** One thing wrong with the file: its line (0: the file as a whole), column, and message. */
    public record Problem(int line, String field, String key, List<Object> args) implements LocatedProblem, Serializable {
        Problem(int line, String field, String key, Object... args) {
            this(line, field, key, Arrays.asList(args));
        }

        @Override
        public String describe(Locale locale) {
            return Messages.text(locale, key, args.toArray());
        }
    }

    /** What an import did: pairs new (each opened two cases), pairs already imported and skipped. */
    public record Result(int imported, int skipped, int events) implements Serializable {
    }

    public static byte[] sampleCsv() {
        return SampleFiles.csv(SampleFiles.text(IdenticalAnswers.class, SAMPLE));
    }

    public static byte[] sampleXlsx() {
        return SampleFiles.xlsx(SampleFiles.text(IdenticalAnswers.class, SAMPLE), "identical");
    }

    private record Pair(int line, String ticketA, String ticketB, long registrationA, long registrationB,
                        String subject, String panel, String evidence) {
        String key() {
            return subject + "\u0000" + panel + "\u0000" + low() + "\u0000" + high();
        }

        String low() {
            return ticketA.compareTo(ticketB) <= 0 ? ticketA : ticketB;
        }

        String high() {
            return ticketA.compareTo(ticketB) <= 0 ? ticketB : ticketA;
        }
    }

    /** Imports the file: every pair or none (a 422 {@value #INVALID} with {@code problems} listing each). */
    public Result importFile(byte[] bytes, String actor) {
        SpreadsheetFile.Read read = SpreadsheetFile.read(bytes, MAX_BYTES, "identical", "identical.tooLarge");
        if (!read.ok()) {
            throw refused(List.of(new Problem(read.line(), null, read.key(), read.args() == null ? new Object[0] : read.args())));
        }
        List<Csv.Row> rows = read.rows().stream().filter(r -> !r.blank()).toList();
        List<Problem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw refused(List.of(new Problem(0, null, "identical.empty")));
        }
        Csv.Row header = rows.get(0);
        List<String> names = header.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        boolean english = names.equals(COLUMNS);
        if (!english && !names.equals(COLUMNS_ZH)) {
            throw refused(List.of(new Problem(header.line(), null, "identical.columns")));
        }
        if (rows.size() == 1) {
            throw refused(List.of(new Problem(0, null, "identical.empty")));
        }
        List<Pair> pairs = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            int line = row.line();
            String[] cell = new String[COLUMNS.size()];
            boolean complete = true;
            for (int i = 0; i < COLUMNS.size(); i++) {
                String v = i < row.cells().size() ? row.cells().get(i).strip() : "";
                String label = english ? COLUMNS.get(i) : COLUMNS_ZH.get(i);
                if (v.isEmpty()) {
                    problems.add(new Problem(line, COLUMNS.get(i), "identical.required", line, label));
                    complete = false;
                } else if (v.length() > LIMITS[i] || Texts.hiddenMultiline(v) || v.indexOf('<') >= 0) {
                    problems.add(new Problem(line, COLUMNS.get(i), "identical.tooLong", line, label));
                    complete = false;
                }
                cell[i] = v;
            }
            if (row.cells().size() > COLUMNS.size()
                    && row.cells().subList(COLUMNS.size(), row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
                problems.add(new Problem(line, null, "identical.columns"));
                complete = false;
            }
            if (!complete) {
                continue;
            }
            Registration a = byTicket(cell[0]);
            Registration b = byTicket(cell[1]);
            if (a == null) {
                problems.add(new Problem(line, "ticket_1", "identical.ticket.unknown", line, cell[0]));
            }
            if (b == null) {
                problems.add(new Problem(line, "ticket_2", "identical.ticket.unknown", line, cell[1]));
            }
            if (a == null || b == null) {
                continue;
            }
            if (a.getAccountId() == b.getAccountId() || a.getId().equals(b.getId())) {
                problems.add(new Problem(line, "ticket_2", "identical.ticket.same", line));
                continue;
            }
            if (a.getExamId() != b.getExamId()) {
                problems.add(new Problem(line, "ticket_2", "identical.exam.differs", line));
                continue;
            }
            String subject = cell[2];
            boolean known = true;
            for (Registration r : List.of(a, b)) {
                if (!r.getSubjects().contains(subject)) {
                    known = false;
                }
            }
            if (!known) {
                problems.add(new Problem(line, "subject", "identical.subject.unknown", line, subject));
                continue;
            }
            Pair p = new Pair(line, cell[0], cell[1], a.getId(), b.getId(), subject, cell[3], cell[4]);
            Integer earlier = seen.putIfAbsent(p.key(), line);
            if (earlier != null) {
                problems.add(new Problem(line, null, "identical.duplicate", line, earlier));
                continue;
            }
            pairs.add(p);
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        int imported = 0;
        int skipped = 0;
        int events = 0;
        var now = clock.now();
        for (Pair p : pairs) {
            boolean known = em.createNamedQuery("IdenticalAnswerPair.countByKey", Long.class).setParameter("subject", p.subject())
                    .setParameter("panel", p.panel()).setParameter("low", p.low()).setParameter("high", p.high())
                    .getSingleResult() > 0;
            if (known) {
                skipped++;
                continue;
            }
            boolean aLow = p.ticketA().equals(p.low());
            em.persist(new IdenticalAnswerPair(p.subject(), p.panel(), p.low(), p.high(),
                    aLow ? p.registrationA() : p.registrationB(), aLow ? p.registrationB() : p.registrationA(),
                    p.evidence(), now, actor));
            em.flush();
            confirmed.fire(new IdenticalAnswersConfirmed(p.registrationA(), p.registrationB(), p.subject(), p.panel(),
                    p.evidence(), actor));
            confirmed.fire(new IdenticalAnswersConfirmed(p.registrationB(), p.registrationA(), p.subject(), p.panel(),
                    p.evidence(), actor));
            imported++;
            events += 2;
        }
        audit.record(actor, "conduct.identical.import", "IdenticalAnswerPair", "*", null,
                imported + " pairs imported, " + skipped + " already imported");
        return new Result(imported, skipped, events);
    }

    /** The registration a ticket number admits: the first day's row of a current (completed, not superseded) run. */
    private Registration byTicket(String ticket) {
        return em.createQuery("select s.registrationId from SeatAssignment s, AllocationRun a where a.id = s.runId"
                        + " and a.state = org.kaowu.scheduling.AllocationRun.State.COMPLETED and a.superseded = false"
                        + " and s.ticketNumber = :ticket", Long.class)
                .setParameter("ticket", ticket).getResultStream().findFirst()
                .map(id -> em.find(Registration.class, id)).orElse(null);
    }

    private static DomainException refused(List<Problem> problems) {
        DomainException e = DomainException.unprocessable(INVALID, problems.get(0).field() == null ? "file"
                : problems.get(0).field(), "identical.invalid", problems.size());
        e.with("problems", new ArrayList<>(problems));
        return e;
    }
}
