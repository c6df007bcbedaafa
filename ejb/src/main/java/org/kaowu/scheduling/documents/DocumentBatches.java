package org.kaowu.scheduling.documents;

import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.DomainException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Room documents of a whole area at once: a batch makes every site's PDF for every exam day of the exam's current
 * seats ({@link RoomDocuments#site}) on a background thread ({@link DocumentBatchRunner}) into one zip file, one PDF a
 * site and day, with its progress for the page's bar. The zip lies under the data directory (readable by the server's
 * user only) until the next batch of the same exam and area replaces it. Per node: a batch cut off by a restart is
 * simply started again.
 */
@Singleton
@Lock(LockType.READ)
public class DocumentBatches {

    public enum State { RUNNING, COMPLETED, FAILED }

    /** One batch: what it covers, how far it got, where its zip is. */
    public static final class Batch {
        private final String id;
        private final long examId;
        private final String area;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final String startedBy;
        private final Instant startedAt;
        private final Locale locale;
        private final Path file;
        private volatile State state = State.RUNNING;

        Batch(long examId, String area, int total, String startedBy, Instant startedAt, Locale locale, Path file) {
            this.id = UUID.randomUUID().toString();
            this.examId = examId;
            this.area = area;
            this.total = total;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
            this.locale = locale;
            this.file = file;
        }

        public String getId() { return id; }
        public long getExamId() { return examId; }
        public String getArea() { return area; }
        public int getTotal() { return total; }
        public int getDone() { return done.get(); }
        public String getStartedBy() { return startedBy; }
        public Instant getStartedAt() { return startedAt; }
        public State getState() { return state; }
        Locale locale() { return locale; }
        Path file() { return file; }
        void advanced() { done.incrementAndGet(); }
        void finished(State s) { state = s; }

        /** Progress in percent: 100 once completed. */
        public int getPercent() {
            return state == State.COMPLETED ? 100 : total == 0 ? 0 : Math.min(99, done.get() * 100 / total);
        }
    }

    @jakarta.inject.Inject
    private org.kaowu.shared.AuthorityClock clock;

    @EJB
    private RoomDocuments documents;

    @EJB
    private DocumentBatchRunner runner;

    @EJB
    private AuditTrail audit;

    private final Map<String, Batch> batches = new HashMap<>();

    /**
     * Starts a batch for the exam's current seats in the area. Refused: nothing seated (404 {@code no-such-site}), a
     * batch of the same exam and area still running (409 {@code documents-running}).
     */
    @Lock(LockType.WRITE)
    public Batch start(long examId, String area, Locale locale, String actor) {
        String key = examId + "|" + area;
        Batch old = batches.get(key);
        if (old != null && old.getState() == State.RUNNING) {
            throw DomainException.conflict("documents-running", "area", "roomDocs.running");
        }
        List<RoomDocuments.SiteDay> sites = documents.sites(examId, area);
        if (sites.isEmpty()) {
            throw new DomainException("no-such-site", 404, "area", "roomDocs.noSeats");
        }
        Path dir = TicketKeys.dataDir().resolve("room-documents");
        Batch b;
        try {
            Files.createDirectories(dir);
            b = new Batch(examId, area, sites.size(), actor, clock.now(), locale,
                    dir.resolve(UUID.randomUUID() + ".zip"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (old != null) {
            delete(old.file());
        }
        batches.put(key, b);
        audit.record(actor, "documents.batch", "Exam", Long.toString(examId), null, area + ": " + sites.size()
                + " site-days");
        runner.run(b, sites);
        return b;
    }

    /** The latest batch of the exam and area on this node, if any. */
    public Optional<Batch> latest(long examId, String area) {
        return Optional.ofNullable(batches.get(examId + "|" + area));
    }

    /** A completed batch's zip (404 {@code no-such-batch} otherwise). */
    public byte[] zip(String id) {
        Batch b = batches.values().stream().filter(x -> x.getId().equals(id)).findFirst()
                .filter(x -> x.getState() == State.COMPLETED)
                .orElseThrow(() -> new DomainException("no-such-batch", 404, "id", "roomDocs.noBatch"));
        try {
            return Files.readAllBytes(b.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an old zip left behind is replaced by the next batch of the same name only; nothing else depends on it
        }
    }
}
