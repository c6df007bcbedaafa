package org.kaowu.api.certification;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The signed status lists as last published, one per list id, kept per version: signing a list (131,072 entries,
 * compressed, then an ECDSA signature) is far more work than answering it, and verifiers fetch the same list again
 * and again. A revocation raises the list's version and the next fetch signs afresh. A cached credential is also
 * signed afresh when half of its one-day validity has passed, so that no fetch is answered with a list about to
 * expire. A node's own memory: at most one entry per list (a list holds 131,072 certificates).
 */
@ApplicationScoped
public class StatusListCache {

    static final Duration REFRESH = Duration.ofHours(12);

    private record Signed(long version, String jws, long signedAtNanos) {
    }

    private final ConcurrentHashMap<Long, Signed> lists = new ConcurrentHashMap<>();

    /** The list {@code id} at {@code version}, signed by {@code sign} only when not cached (or cached too long). */
    public String signed(long id, long version, Supplier<String> sign) {
        long now = System.nanoTime();
        Signed s = lists.get(id);
        if (s != null && s.version() == version && now - s.signedAtNanos() < REFRESH.toNanos()) {
            return s.jws();
        }
        // Two fetches may both sign (harmless); a later version is never replaced by an earlier one.
        Signed fresh = new Signed(version, sign.get(), now);
        lists.merge(id, fresh, (old, x) -> old.version() > x.version() ? old : x);
        return fresh.jws();
    }
}
