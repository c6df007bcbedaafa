package org.kaowu.registration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.kaowu.shared.Batches;
import org.kaowu.shared.DomainException;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where submitted registrations are decided: a few writers take whatever has arrived (up to {@value #MAX_BATCH}) and
 * decide it in one transaction ({@link Registrations#decideAll}), so that on opening day a thousand candidates cost
 * a few dozen transactions instead of a thousand. Each candidate's answer still comes only after the transaction that
 * stored the registration has committed: "registered" means what it meant. A batch that fails as a whole (a
 * conflict with another node, say) is decided again one submission at a time.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrationDesk {

    private static final Logger LOG = Logger.getLogger(RegistrationDesk.class.getName());

    /** The most submissions decided in one transaction. */
    static final int MAX_BATCH = 64;

    /** How long a candidate's request waits for its answer before being told to ask again with the same key. */
    private static final long ANSWER_SECONDS = 30;

    /** One submission and the answer it waits for. */
    private record Pending(RegistrationRules.Submission submission, CompletableFuture<Registrations.Result> answer) {
    }

    @EJB
    private Registrations registrations;

    @Resource
    private ManagedThreadFactory threads;

    private final Batches<Pending> batches = new Batches<>(MAX_BATCH, this::decide,
            (batch, failure) -> batch.forEach(p -> p.answer().completeExceptionally(failure)));

    @PostConstruct
    void start() {
        // One writer per core by default: fewer writers make larger batches (cheaper per registration), more overlap
        // one batch's waits for the database with another's work (docs/performance.md).
        batches.start(threads, "kaowu-registration-writer", Integer.getInteger("kaowu.registration.writers",
                Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    @PreDestroy
    void stop() {
        // Whatever is still queued is decided by its own request, alone.
        batches.stop(5_000).forEach(this::alone);
    }

    /**
     * Registers as {@link Registrations#register} does, deciding this submission together with those that arrive
     * at the same moment. Refusals are thrown as there.
     */
    public Registrations.Outcome register(long accountId, RegistrationRequest request, String key, String ip, String userAgent) {
        RegistrationRules.checkKey(key);
        if (!batches.open()) {
            return registrations.register(accountId, request, key, ip, userAgent);
        }
        Pending pending = new Pending(new RegistrationRules.Submission(accountId, request, key, ip, userAgent), new CompletableFuture<>());
        batches.add(pending);
        try {
            return pending.answer().get(ANSWER_SECONDS, TimeUnit.SECONDS).answer();
        } catch (TimeoutException e) {
            throw pending(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw pending(key);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Not answered in time: the submission is still queued and will be decided; how to learn its result. */
    private static DomainException pending(String key) {
        return key == null ? new DomainException("registration-pending", 503, "examCode", "registration.pendingNoKey")
                : new DomainException("registration-pending", 503, "Idempotency-Key", "registration.pending");
    }

    private void decide(List<Pending> batch) {
        List<Registrations.Result> results;
        try {
            results = registrations.decideAll(batch.stream().map(Pending::submission).toList());
        } catch (RuntimeException e) {
            // The transaction rolled back as a whole: nothing of it is stored; each is decided again on its own.
            // (Only the kind of failure is logged: its message may quote the rows.)
            LOG.log(Level.INFO, "A registration batch of {0} failed as a whole ({1}); deciding each alone",
                    new Object[]{batch.size(), e.getClass().getSimpleName()});
            batch.forEach(this::alone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(results.get(i));
        }
    }

    private void alone(Pending p) {
        RegistrationRules.Submission s = p.submission();
        try {
            p.answer().complete(new Registrations.Result(
                    registrations.register(s.accountId(), s.request(), s.key(), s.ip(), s.userAgent()), null));
        } catch (DomainException refused) {
            p.answer().complete(new Registrations.Result(null, refused));
        } catch (RuntimeException e) {
            p.answer().completeExceptionally(e);
        }
    }
}
