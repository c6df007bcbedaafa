package org.kaowu.scheduling.roster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hard rules checked from scratch, without the solver's own indexes: what a roster must never do, whoever made it.
 */
final class RosterChecks {

    private RosterChecks() {
    }

    /** Every hard rule holds, every post is either filled or reported unfilled, and nothing is reported broken. */
    static void assertFeasible(RosterProblem problem, RosterResult result) {
        assertTrue(result.hardViolations().isEmpty(), () -> "hard violations: " + result.hardViolations());
        Map<Long, RosterStaff> staff = new HashMap<>();
        problem.staff().forEach(s -> staff.put(s.id(), s));
        Map<String, RosterSession> sessions = new HashMap<>();
        problem.sessions().forEach(s -> sessions.put(s.key(), s));
        Set<RosterPost> posts = new HashSet<>(problem.posts());
        Set<RosterPost> filled = new HashSet<>();
        Map<Long, List<RosterPost>> byPerson = new HashMap<>();
        for (RosterAssignment a : result.assignments()) {
            RosterPost post = a.post();
            assertTrue(posts.contains(post), () -> "not a post of the problem: " + post);
            assertTrue(filled.add(post), () -> "post given twice: " + post);
            RosterStaff st = staff.get(a.staffId());
            assertNotNull(st, () -> "not in the pool: " + a.staffId());
            RosterSession session = sessions.get(post.session());
            assertTrue(st.roles().contains(post.role()), () -> st.id() + " may not be " + post.role());
            assertTrue(st.availableSessions().contains(post.session()), () -> st.id() + " unavailable in " + post.session());
            assertFalse(st.barred(), () -> st.id() + " is barred");
            assertFalse(st.registeredExams().contains(session.exam()), () -> st.id() + " registered for " + session.exam());
            for (RosterRoom room : seatedAt(problem, post)) {
                if (st.employer() != null) {
                    assertFalse(room.candidateEmployers().contains(st.employer()),
                            () -> st.id() + " serves " + post + " where a candidate of " + st.employer() + " sits");
                }
                for (String relative : st.relativeDigests()) {
                    assertFalse(room.candidateIdDigests().contains(relative),
                            () -> st.id() + " serves " + post + " where a relative sits");
                }
            }
            byPerson.computeIfAbsent(a.staffId(), k -> new java.util.ArrayList<>()).add(post);
        }
        for (Map.Entry<Long, List<RosterPost>> e : byPerson.entrySet()) {
            List<RosterPost> held = e.getValue();
            for (int i = 0; i < held.size(); i++) {
                for (int j = i + 1; j < held.size(); j++) {
                    RosterSession a = sessions.get(held.get(i).session());
                    RosterSession b = sessions.get(held.get(j).session());
                    if (a.overlaps(b)) {
                        fail(e.getKey() + " is in two places at once: " + held.get(i) + " and " + held.get(j));
                    }
                }
            }
        }
        Set<RosterPost> unfilled = new HashSet<>();
        for (UnfilledPost u : result.unfilled()) {
            assertTrue(unfilled.add(u.post()), () -> "reported unfilled twice: " + u.post());
            assertFalse(filled.contains(u.post()), () -> "filled and unfilled: " + u.post());
        }
        assertEquals(posts.size(), filled.size() + unfilled.size(), "every post filled or reported unfilled");
    }

    /** No post is left unfilled while someone allowed there is free then: the reasons given are true. */
    static void assertNothingFillableLeft(RosterProblem problem, RosterResult result) {
        Map<String, RosterSession> sessions = new HashMap<>();
        problem.sessions().forEach(s -> sessions.put(s.key(), s));
        Map<Long, List<RosterPost>> byPerson = new HashMap<>();
        result.assignments().forEach(a -> byPerson.computeIfAbsent(a.staffId(), k -> new java.util.ArrayList<>()).add(a.post()));
        for (UnfilledPost u : result.unfilled()) {
            for (RosterStaff st : problem.staff()) {
                if (!allowed(problem, st, u.post())) {
                    continue;
                }
                RosterSession s = sessions.get(u.post().session());
                boolean busy = byPerson.getOrDefault(st.id(), List.of()).stream()
                        .anyMatch(p -> sessions.get(p.session()).overlaps(s));
                assertTrue(busy, () -> u.post() + " left unfilled though " + st.id() + " is allowed and free");
            }
            assertEquals(u.reason() == UnfilledPost.Reason.ALL_BUSY, u.allowed() > 0, () -> "reason of " + u);
        }
    }

    static boolean allowed(RosterProblem problem, RosterStaff st, RosterPost post) {
        RosterSession session = problem.sessions().stream().filter(s -> s.key().equals(post.session())).findFirst().orElseThrow();
        if (!st.roles().contains(post.role()) || !st.availableSessions().contains(post.session()) || st.barred()
                || st.registeredExams().contains(session.exam())) {
            return false;
        }
        for (RosterRoom room : seatedAt(problem, post)) {
            if (st.employer() != null && room.candidateEmployers().contains(st.employer())) {
                return false;
            }
            for (String relative : st.relativeDigests()) {
                if (room.candidateIdDigests().contains(relative)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The rooms whose candidates a post's holder must not be related to: the room, or the whole site in that session. */
    static List<RosterRoom> seatedAt(RosterProblem problem, RosterPost post) {
        RosterSite site = problem.sites().stream().filter(s -> s.siteId() == post.siteId()).findFirst().orElseThrow();
        return site.rooms().stream().filter(r -> r.session().equals(post.session()))
                .filter(r -> post.roomId() == null || r.roomId() == post.roomId()).toList();
    }
}
