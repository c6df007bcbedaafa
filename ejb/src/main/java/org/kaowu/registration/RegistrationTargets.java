package org.kaowu.registration;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * This node's exam levels as registration sees them ({@link RegistrationTarget}), kept while the exam and its plan keep
 * the versions they were built from: an exam edited or rescheduled, or its plan changed, on any node is built again on
 * the next look, as every look first reads the two versions.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RegistrationTargets {

    /** Past this many levels the cache starts afresh (a few hundred exam levels a year). */
    static final int MAX_ENTRIES = 1000;

    /** The exam's and the plan's versions a target was built from. */
    public record Versions(long examId, long examVersion, long planVersion) {
    }

    private record Cached(Versions versions, RegistrationTarget target) {
    }

    private final Map<String, Cached> targets = new ConcurrentHashMap<>();

    /** The target of this exam level at these versions: the cached one, or the loader's (then kept). */
    public RegistrationTarget target(Versions versions, String level, Supplier<RegistrationTarget> loader) {
        String key = versions.examId() + "|" + level;
        Cached cached = targets.get(key);
        if (cached != null && cached.versions().equals(versions)) {
            return cached.target();
        }
        RegistrationTarget target = loader.get();
        if (targets.size() > MAX_ENTRIES) {
            targets.clear();
        }
        targets.put(key, new Cached(versions, target));
        return target;
    }
}
