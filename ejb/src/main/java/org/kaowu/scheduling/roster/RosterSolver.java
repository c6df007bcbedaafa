package org.kaowu.scheduling.roster;

import org.kaowu.shared.Localized;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds invigilator rosters. Thread-safe and stateless: one instance may serve every caller.
 * <p>
 * The solver is this package's own (see {@link RosterEngine}): a greedy construction that gives a complete roster
 * breaking no hard rule in one pass, then local search site by site, each site a partition of its own (moves stay
 * within one site and session, people come from the site's district, then its area), so that a national instance
 * stays tractable and the first feasible roster comes in seconds. {@code bench/RosterLoad.java} measures it, against
 * Timefold Solver on the same instances where that is installed.
 */
public final class RosterSolver {

    /**
     * Solves the problem within the time limit.
     *
     * @param previous the roster so far (may be empty): pinned assignments are kept as they are (a hard rule; a pinned
     *                 assignment that breaks another hard rule is refused with {@link RosterException}, nothing solved);
     *                 the others are kept wherever they still stand and changed as little as possible (soft constraint MOVED)
     * @param limit    wall-clock budget for improvement after the first complete roster (construction always
     *                 finishes); improvement also stops once a long run of moves improves nothing, so that a small
     *                 instance gives the same roster for the same seed however generous the limit
     * @param loader   the deployment's class loader, for an engine that loads classes by name; this one loads none
     *                 and accepts null
     */
    public RosterResult solve(RosterProblem problem, List<RosterAssignment> previous, Duration limit, ClassLoader loader) {
        return solve(problem, previous, limit, loader, RosterProgress.NONE);
    }

    /** As {@link #solve(RosterProblem, List, Duration, ClassLoader)}, telling progress (sites constructed) as it goes. */
    public RosterResult solve(RosterProblem problem, List<RosterAssignment> previous, Duration limit, ClassLoader loader,
                              RosterProgress progress) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        RosterProgress told = progress == null ? RosterProgress.NONE : progress;
        long start = System.nanoTime();
        RosterEngine e = new RosterEngine(problem);
        List<RosterAssignment> given = previous == null ? List.of() : previous;

        List<RosterViolation> refused = new ArrayList<>();
        for (RosterAssignment a : given) {
            if (!a.pinned()) {
                continue;
            }
            Integer post = e.postIndex.get(a.post());
            Integer p = e.staffIndex.get(a.staffId());
            if (post == null || p == null || e.pinned[post]) {
                refused.add(new RosterViolation(RosterRule.UNKNOWN, a.post(), post == null ? null : place(e, post), a.staffId()));
                continue;
            }
            RosterRule rule = e.refusal(p, post);
            if (rule == null && !e.free(p, post)) {
                rule = RosterRule.DOUBLE_BOOKED;
            }
            if (rule != null) {
                refused.add(new RosterViolation(rule, a.post(), place(e, post), a.staffId()));
                continue;
            }
            e.assign(post, p);
            e.pinned[post] = true;
            e.previous[post] = p;
        }
        if (!refused.isEmpty()) {
            throw new RosterException(refused);
        }
        for (RosterAssignment a : given) {
            if (a.pinned()) {
                continue;
            }
            Integer post = e.postIndex.get(a.post());
            Integer p = e.staffIndex.get(a.staffId());
            if (post == null || p == null || e.previous[post] >= 0) {
                continue; // a post that is gone, someone no longer in the pool, or a second claim: nothing to keep
            }
            e.previous[post] = p;
            if (e.staffOf[post] < 0 && e.allowed(p, post) && e.free(p, post)) {
                e.assign(post, p);
            }
        }

        // Three passes, each reaching further: every site is first staffed from its own district, so that no site
        // takes people from a neighbouring district before that district's own sites have had them.
        int sites = e.sites.length;
        for (int reach = 1; reach <= 3; reach++) {
            for (int site = 0; site < sites; site++) {
                for (int post : e.sitePosts[site]) {
                    if (e.staffOf[post] < 0) {
                        e.fill(post, problem.seed(), reach);
                    }
                }
                if (reach == 1) {
                    told.update(site + 1, sites);
                }
            }
        }
        complete(e);
        Duration firstFeasible = Duration.ofNanos(System.nanoTime() - start);

        long deadline = System.nanoTime() + Math.min(limit.toNanos(), Duration.ofDays(1).toNanos());
        long patience = Math.max(50_000L, 200L * e.posts.size());
        e.improve(deadline, problem.seed(), patience, RosterProgress.NONE);
        complete(e);
        told.update(sites, sites);
        return result(e, List.of(), firstFeasible, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Checks and scores a roster as it stands (e.g. after a change by hand): each assignment breaking a hard rule is
     * reported (and left out of the scoring), as are posts nobody holds (with the reason the pool gives) and the soft
     * costs, explained. {@code moved} counts nothing here.
     */
    public RosterResult evaluate(RosterProblem problem, List<RosterAssignment> assignments) {
        Objects.requireNonNull(problem, "problem");
        long start = System.nanoTime();
        RosterEngine e = new RosterEngine(problem);
        List<RosterViolation> violations = new ArrayList<>();
        for (RosterAssignment a : assignments) {
            Integer post = e.postIndex.get(a.post());
            Integer p = e.staffIndex.get(a.staffId());
            if (post == null || p == null || e.staffOf[post] >= 0) {
                violations.add(new RosterViolation(RosterRule.UNKNOWN, a.post(), post == null ? null : place(e, post), a.staffId()));
                continue;
            }
            RosterRule rule = e.refusal(p, post);
            if (rule == null && !e.free(p, post)) {
                rule = RosterRule.DOUBLE_BOOKED;
            }
            if (rule != null) {
                violations.add(new RosterViolation(rule, a.post(), place(e, post), a.staffId()));
                continue;
            }
            e.assign(post, p);
            e.pinned[post] = a.pinned();
        }
        return result(e, violations, Duration.ZERO, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Posts still empty: anyone allowed and free (improvement may have freed someone), else a chain of two. */
    private static void complete(RosterEngine e) {
        for (int post = 0; post < e.posts.size(); post++) {
            if (e.staffOf[post] < 0 && !e.fillFromAnyone(post)) {
                e.fillByChain(post, 400);
            }
        }
    }

    /** The soft cost the search minimises for these (lawful) assignments: tests check that the explanations add up to it. */
    long objective(RosterProblem problem, List<RosterAssignment> assignments) {
        RosterEngine e = new RosterEngine(problem);
        for (RosterAssignment a : assignments) {
            e.assign(e.postIndex.get(a.post()), e.staffIndex.get(a.staffId()));
        }
        return e.total();
    }

    // ---------------------------------------------------------------- the result, explained

    private static RosterResult result(RosterEngine e, List<RosterViolation> violations, Duration firstFeasible,
                                       Duration elapsed) {
        List<RosterAssignment> assignments = new ArrayList<>();
        List<UnfilledPost> unfilled = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        int moved = 0;
        for (int post = 0; post < e.posts.size(); post++) {
            int p = e.staffOf[post];
            if (p >= 0) {
                assignments.add(new RosterAssignment(e.posts.get(post), e.staff.get(p).id(), e.pinned[post]));
            } else {
                unfilled.add(unfilled(e, post, counts));
            }
            if (e.previous[post] >= 0 && e.previous[post] != p) {
                moved++;
            }
        }
        Map<RosterConstraint, Long> totals = new EnumMap<>(RosterConstraint.class);
        for (RosterConstraint c : RosterConstraint.values()) {
            totals.put(c, 0L);
        }
        List<RosterCost> costs = new ArrayList<>();
        RosterWeights w = e.w;
        for (int post = 0; post < e.posts.size(); post++) {
            int p = e.staffOf[post];
            if (p >= 0 && w.distance() > 0) {
                int units = e.distanceUnits(post, p);
                if (units > 0) {
                    RosterStaff st = e.staff.get(p);
                    RosterSite site = e.sites[e.postSite[post]];
                    add(totals, costs, new RosterCost(RosterConstraint.DISTANCE, (long) units * w.distance(),
                            e.posts.get(post), place(e, post), List.of(st.id()),
                            List.of(st.id(), home(st), site.district() == null ? site.area() : site.area() + "/" + site.district())));
                }
            }
            int before = e.previous[post];
            if (before >= 0 && before != p && w.moved() > 0) {
                long was = e.staff.get(before).id();
                List<Long> who = p >= 0 ? List.of(was, e.staff.get(p).id()) : List.of(was);
                add(totals, costs, new RosterCost(RosterConstraint.MOVED, w.moved(), e.posts.get(post), place(e, post), who,
                        List.of(was, p >= 0 ? "#" + e.staff.get(p).id() : "—")));
            }
        }
        for (int rs = 0; rs < e.roomSessions.size(); rs++) {
            List<Long> who = new ArrayList<>();
            int most = 0;
            int firstPost = e.roomPosts[rs].length == 0 ? -1 : e.roomPosts[rs][0];
            Sex sex = null;
            boolean one = true;
            for (int post : e.roomPosts[rs]) {
                int p = e.staffOf[post];
                if (p >= 0) {
                    RosterStaff st = e.staff.get(p);
                    who.add(st.id());
                    most = Math.max(most, st.sittingsServed());
                    if (st.sex() != null && sex != null && sex != st.sex()) {
                        one = false; // as RosterEngine.roomCost: an unknown sex counts towards no mixed pair
                    }
                    sex = st.sex() == null ? sex : st.sex();
                }
            }
            if (who.isEmpty() || firstPost < 0) {
                continue;
            }
            if (w.experience() > 0 && most < e.policy.experiencedSittings()) {
                add(totals, costs, new RosterCost(RosterConstraint.EXPERIENCE, w.experience(), e.posts.get(firstPost),
                        place(e, firstPost), who, List.of(most, e.policy.experiencedSittings())));
            }
            if (w.mixedSex() > 0 && who.size() > 1 && one && sex != null && e.roomSessions.get(rs).mixed()) {
                add(totals, costs, new RosterCost(RosterConstraint.MIXED_SEX, w.mixedSex(), e.posts.get(firstPost),
                        place(e, firstPost), who, List.of(Localized.of("roster.sex." + sex.name().toLowerCase(Locale.ROOT)))));
            }
        }
        for (int p = 0; p < e.staff.size(); p++) {
            RosterStaff st = e.staff.get(p);
            int over = e.load[p] - e.fair;
            if (w.load() > 0 && over > 0) {
                add(totals, costs, new RosterCost(RosterConstraint.LOAD, (long) w.load() * over * over, null, null,
                        List.of(st.id()), List.of(st.id(), e.load[p], e.fair)));
            }
            if (w.rotation() > 0) {
                rotation(e, p, totals, costs);
            }
        }
        return new RosterResult(assignments, unfilled, violations, totals, costs, moved, firstFeasible, elapsed);
    }

    /** Per day, a person's room kept beyond one session, and a partner kept beyond one session, each explained. */
    private static void rotation(RosterEngine e, int p, Map<RosterConstraint, Long> totals, List<RosterCost> costs) {
        RosterStaff st = e.staff.get(p);
        for (int[] day : e.daySessions) {
            Map<Long, List<Integer>> rooms = new LinkedHashMap<>();
            Map<Integer, List<Integer>> partners = new LinkedHashMap<>();
            for (int s : day) {
                int post = e.postAt[p][s];
                if (post < 0 || e.postRoomSession[post] < 0) {
                    continue;
                }
                int rs = e.postRoomSession[post];
                long room = ((long) e.roomSessionSite[rs] << 32) ^ e.roomSessions.get(rs).roomId();
                rooms.computeIfAbsent(room, k -> new ArrayList<>()).add(post);
                for (int other : e.roomPosts[rs]) {
                    int o = e.staffOf[other];
                    if (other != post && o >= 0) {
                        partners.computeIfAbsent(o, k -> new ArrayList<>()).add(post);
                    }
                }
            }
            String date = e.sessions.get(day[0]).day().toString();
            for (List<Integer> held : rooms.values()) {
                if (held.size() > 1) {
                    int post = held.get(0);
                    String number = e.roomSessions.get(e.postRoomSession[post]).number();
                    add(totals, costs, new RosterCost(RosterConstraint.ROTATION, (long) (held.size() - 1) * e.w.rotation(),
                            e.posts.get(post), place(e, post), List.of(st.id()),
                            List.of(st.id(), Localized.of("roster.rotation.room", number), held.size(), date)));
                }
            }
            for (Map.Entry<Integer, List<Integer>> partner : partners.entrySet()) {
                List<Integer> held = partner.getValue();
                if (held.size() > 1) {
                    long other = e.staff.get(partner.getKey()).id();
                    add(totals, costs, new RosterCost(RosterConstraint.ROTATION, (long) (held.size() - 1) * e.w.rotation(),
                            e.posts.get(held.get(0)), place(e, held.get(0)), List.of(st.id(), other),
                            List.of(st.id(), Localized.of("roster.rotation.partner", other), held.size(), date)));
                }
            }
        }
    }

    private static void add(Map<RosterConstraint, Long> totals, List<RosterCost> costs, RosterCost cost) {
        totals.merge(cost.constraint(), cost.cost(), Long::sum);
        costs.add(cost);
    }

    private static String home(RosterStaff st) {
        if (st.homeArea() == null) {
            return "?";
        }
        return st.homeDistrict() == null ? st.homeArea() : st.homeArea() + "/" + st.homeDistrict();
    }

    /** The site's code and, for a room's post, the room's number. */
    static String place(RosterEngine e, int post) {
        RosterSite site = e.sites[e.postSite[post]];
        int rs = e.postRoomSession[post];
        return rs < 0 ? site.code() : site.code() + " · " + e.roomSessions.get(rs).number();
    }

    /** Why nobody holds the post: counted over the pool (people with the role, available then, allowed there). */
    private static UnfilledPost unfilled(RosterEngine e, int post, Map<String, int[]> cache) {
        RosterPost rp = e.posts.get(post);
        int s = e.postSession[post];
        int[] base = cache.computeIfAbsent(rp.role() + "\u0000" + s, k -> {
            int withRole = 0;
            int available = 0;
            for (int p = 0; p < e.staff.size(); p++) {
                if (e.staff.get(p).can(rp.role())) {
                    withRole++;
                    if (e.staff.get(p).availableIn(rp.session())) {
                        available++;
                    }
                }
            }
            return new int[]{withRole, available};
        });
        int allowed = 0;
        if (base[1] > 0) {
            for (int p = 0; p < e.staff.size(); p++) {
                if (e.allowed(p, post)) {
                    allowed++;
                }
            }
        }
        UnfilledPost.Reason reason = base[0] == 0 ? UnfilledPost.Reason.NO_ONE_WITH_ROLE
                : base[1] == 0 ? UnfilledPost.Reason.NO_ONE_AVAILABLE
                : allowed == 0 ? UnfilledPost.Reason.ALL_EXCLUDED
                : UnfilledPost.Reason.ALL_BUSY;
        return new UnfilledPost(rp, place(e, post), reason, base[0], base[1], allowed);
    }
}
