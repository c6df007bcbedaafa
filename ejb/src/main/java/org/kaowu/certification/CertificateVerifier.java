package org.kaowu.certification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kaowu.certification.documents.CertificateContent;
import org.kaowu.registration.IdNumbers;
import org.kaowu.shared.Batches;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.AuthorityClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Public verification's read path (the page public/verify and {@code GET /api/verify}): an indexed select of the
 * columns the answer shows, by verification code (unique) or by certificate number (unique) with the holder's name
 * compared after it, on the non-JTA datasource KaowuReadDS (config/wildfly/datasource-*.cli): outside any transaction
 * and without the persistence context, nothing loaded as an entity, nothing flushed, no connection enlisted.
 * <p>
 * The look-ups that arrive at the same moment are read together: a reader ({@code -Dkaowu.verify.readers}, one by
 * default: on two cores one reader's larger batches answered 0.87–0.92 of the trivial endpoint's rate, two readers'
 * 0.67–0.88) takes whatever look-ups are waiting (up to {@value #MAX_BATCH}) and answers them with one select ({@code … in (?, …)}, the list padded to a power of two so that few statement
 * shapes exist). Under load one round trip to the database then answers dozens of requests instead of one, which is
 * what limited the rate (docs/performance.md). Nothing is cached: every look-up is answered by a select that began
 * after it arrived, so a revocation is seen by the very next verification on every node.
 * <p>
 * A code that cannot be a code (after {@link CertificateContent#normalizeCode}) is NOT_FOUND without a query.
 */
@ApplicationScoped
public class CertificateVerifier {

    private static final Logger LOG = Logger.getLogger(CertificateVerifier.class.getName());

    /** Problem type when the database does not answer a verification (503, try again shortly). */
    public static final String UNAVAILABLE = "verification-unavailable";

    /** The most look-ups answered by one select. */
    static final int MAX_BATCH = 64;

    /** How long a request waits for its answer. */
    private static final long ANSWER_SECONDS = 20;

    /** How long one select may run. */
    private static final int QUERY_SECONDS = 10;

    private static final String COLUMNS = "select verification_code, status, number, holder_name, id_number, qualification,"
            + " sub_item, level, approval_date, issuing_authority, annotation_from, annotation_until, revoked_at,"
            + " revoked_reason from certificate where ";

    /** By code, or by number (the name is compared with the row's). */
    private record Lookup(boolean byCode, String key, String name, CompletableFuture<Certificates.Verification> answer) {
    }

    @Resource(lookup = "java:jboss/datasources/KaowuReadDS")
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private AuthorityClock clock;

    private final Batches<Lookup> batches = new Batches<>(MAX_BATCH, this::answer, CertificateVerifier::fail);

    /**
     * By the verification code (spaces, hyphens and case ignored), or else by the certificate number together with
     * the holder's name as printed: a number with another name is NOT_FOUND like a number that does not exist.
     */
    public Certificates.Verification verify(String number, String name, String code) {
        Lookup lookup;
        if (code != null && !code.isBlank()) {
            String normal = CertificateContent.normalizeCode(code);
            if (normal.length() != CertificateContent.CODE_LENGTH) {
                return Certificates.Verification.notFound();
            }
            lookup = new Lookup(true, normal, null, new CompletableFuture<>());
        } else if (number != null && name != null && !number.isBlank() && !name.isBlank()) {
            lookup = new Lookup(false, number.strip().toUpperCase(Locale.ROOT), name.strip(), new CompletableFuture<>());
        } else {
            return Certificates.Verification.notFound();
        }
        if (started()) {
            batches.add(lookup);
        } else {
            answer(List.of(lookup));
        }
        try {
            return lookup.answer().get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (TimeoutException e) {
            LOG.log(Level.WARNING, "A certificate verification was not answered in {0} s", ANSWER_SECONDS);
            throw unavailable();
        } catch (ExecutionException e) { // the reader logged the kind of failure
            throw unavailable();
        }
    }

    /** 503: the database did not answer (in time); the caller is told to try again shortly, nothing about the key. */
    private static DomainException unavailable() {
        return new DomainException(UNAVAILABLE, 503, "code", "verify.unavailable");
    }

    /** Starts the readers on first use; false once the application is stopping (then each request reads alone). */
    private boolean started() {
        if (!batches.open()) {
            batches.start(threads, "kaowu-verification-reader", Integer.getInteger("kaowu.verify.readers", 1));
        }
        return batches.open();
    }

    @PreDestroy
    void stop() {
        answer(batches.stop(2_000));
    }

    /**
     * Answers the look-ups: one select for those by code, one for those by number. A failed select fails only the
     * look-ups it was for; a look-up whose request gave up waiting is not read.
     */
    private void answer(List<Lookup> batch) {
        List<Lookup> byCode = new ArrayList<>(batch.size());
        List<Lookup> byNumber = new ArrayList<>();
        for (Lookup l : batch) {
            if (!l.answer().isDone()) {
                (l.byCode() ? byCode : byNumber).add(l);
            }
        }
        if (byCode.isEmpty() && byNumber.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            answer(c, byCode, "verification_code");
            answer(c, byNumber, "number");
        } catch (SQLException | RuntimeException e) {
            fail(batch, e);
        }
    }

    /** Fails every look-up of the batch not answered yet (only the kind of failure is logged: a message may quote a key). */
    private static void fail(List<Lookup> batch, Throwable e) {
        LOG.log(Level.WARNING, "Certificate verification could not read the database ({0})", e.getClass().getName());
        IllegalStateException failure = new IllegalStateException("certificate verification could not read the database", e);
        batch.forEach(l -> l.answer().completeExceptionally(failure));
    }

    /** One select for the look-ups by this column; a failure fails these look-ups and not the others. */
    private void answer(Connection c, List<Lookup> lookups, String column) {
        if (lookups.isEmpty()) {
            return;
        }
        try {
            read(c, lookups, column);
        } catch (SQLException | RuntimeException e) {
            fail(lookups, e);
        }
    }

    private void read(Connection c, List<Lookup> lookups, String column) throws SQLException {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        lookups.forEach(l -> keys.add(l.key()));
        int slots = Integer.highestOneBit(keys.size());
        slots = slots == keys.size() ? slots : slots * 2;
        StringBuilder sql = new StringBuilder(COLUMNS).append(column);
        if (slots == 1) {
            sql.append(" = ?");
        } else {
            sql.append(" in (?").append(", ?".repeat(slots - 1)).append(')');
        }
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(sql.toString())) {
            // One stalled select would hold every verification behind it: it gives up, and its look-ups fail.
            q.setQueryTimeout(QUERY_SECONDS);
            int i = 1;
            String last = null;
            for (String key : keys) {
                q.setString(i++, key);
                last = key;
            }
            while (i <= slots) {
                q.setString(i++, last);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Row row = Row.of(r);
                    rows.put("number".equals(column) ? row.number() : r.getString("verification_code"), row);
                }
            }
        }
        LocalDate today = clock.today();
        for (Lookup l : lookups) {
            Row row = rows.get(l.key());
            try {
                l.answer().complete(row == null || (l.name() != null && !l.name().equals(row.holderName()))
                        ? Certificates.Verification.notFound() : row.verification(today));
            } catch (RuntimeException e) { // one odd row fails its own look-up, not the batch
                l.answer().completeExceptionally(e);
            }
        }
    }

    /** The columns an answer shows, as read. */
    private record Row(String status, String number, String holderName, String idNumber, String qualification,
                       String subItem, String level, LocalDate approvalDate, String issuingAuthority, LocalDate from,
                       LocalDate until, OffsetDateTime revokedAt, String revokedReason) {

        static Row of(ResultSet r) throws SQLException {
            return new Row(r.getString("status"), r.getString("number"), r.getString("holder_name"),
                    r.getString("id_number"), r.getString("qualification"), r.getString("sub_item"), r.getString("level"),
                    r.getObject("approval_date", LocalDate.class), r.getString("issuing_authority"),
                    r.getObject("annotation_from", LocalDate.class), r.getObject("annotation_until", LocalDate.class),
                    r.getObject("revoked_at", OffsetDateTime.class), r.getString("revoked_reason"));
        }

        Certificates.Verification verification(LocalDate today) {
            boolean valid = Certificate.Status.VALID.name().equals(status);
            return new Certificates.Verification(valid ? Certificates.Verification.VALID : Certificates.Verification.REVOKED,
                    number, IdNumbers.maskName(holderName), IdNumbers.mask(idNumber),
                    Certificate.qualificationLine(qualification, subItem, level), approvalDate, issuingAuthority, from,
                    until, new AnnotationRules.Annotation(from, until).inForce(today),
                    revokedAt == null ? null : revokedAt.toInstant(), revokedReason);
        }
    }
}
