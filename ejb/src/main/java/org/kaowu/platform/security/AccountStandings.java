package org.kaowu.platform.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every signed-in request asks whether its account may go on (enabled, password not to be changed first). The answer
 * is kept on this node for a few seconds, and dropped as soon as a change to the account commits here; another node
 * sees the change within {@link #TTL_NANOS}.
 */
@ApplicationScoped
public class AccountStandings {

    static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(5);

    @EJB
    private Accounts accounts;

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Accounts.Standing standing, long until) {
    }

    public Accounts.Standing of(String username) {
        long now = System.nanoTime();
        Cached c = cache.get(username);
        if (c != null && now - c.until() < 0) {
            return c.standing();
        }
        Accounts.Standing s = accounts.standing(username);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(username, new Cached(s, now + TTL_NANOS));
        return s;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged event) {
        cache.remove(event.username());
    }
}
