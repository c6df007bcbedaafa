package org.kaowu.scheduling.roster;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The roster solver on small instances built by hand: each hard rule refused (the solver avoids it, a pinned
 * assignment breaking it is refused, a roster made by hand that breaks it is reported), each soft cost explained in
 * both languages, and an instance that cannot be staffed naming what is missing.
 */
class RosterSolverTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final LocalDate DAY = LocalDate.of(2026, 9, 12);
    private static final RosterSession AM = new RosterSession("am", "E1", DAY, LocalTime.of(9, 0), LocalTime.of(11, 30));
    private static final RosterSession PM = new RosterSession("pm", "E1", DAY, LocalTime.of(14, 0), LocalTime.of(16, 30));
    /** Only invigilators, one per room: the smallest problems. */
    private static final RosterPolicy ONE = new RosterPolicy(1, 0, 0, 0, 0, 3, RosterWeights.DEFAULT);
    private static final RosterPolicy TWO = new RosterPolicy(2, 0, 0, 0, 0, 3, RosterWeights.DEFAULT);

    private final RosterSolver solver = new RosterSolver();

    static RosterRoom room(long id, String session, Set<String> employers, Set<String> ids, Set<Sex> sexes) {
        return new RosterRoom(id, "0" + id, session, 30, employers, ids, sexes);
    }

    static RosterRoom room(long id, String session) {
        return room(id, session, Set.of("acme"), Set.of("cand-" + id), Set.of(Sex.MALE, Sex.FEMALE));
    }

    static RosterSite site(RosterRoom... rooms) {
        return new RosterSite(1, "K01", "11", "110101", List.of(rooms));
    }

    /** An experienced local invigilator of unknown employer, available in both sessions, unless changed by the caller. */
    static Staff person(long id) {
        return new Staff(id);
    }

    static final class Staff {
        long id;
        String employer = "school-" + 0;
        Sex sex = Sex.FEMALE;
        int sittings = 5;
        String area = "11";
        String district = "110101";
        Set<StaffRole> roles = EnumSet.of(StaffRole.INVIGILATOR);
        Set<String> available = Set.of("am", "pm");
        Set<String> relatives = Set.of();
        Set<String> registered = Set.of();
        boolean barred;

        Staff(long id) {
            this.id = id;
            this.employer = "school-" + id;
        }

        Staff employer(String e) { employer = e; return this; }
        Staff sex(Sex s) { sex = s; return this; }
        Staff sittings(int n) { sittings = n; return this; }
        Staff home(String a, String d) { area = a; district = d; return this; }
        Staff roles(StaffRole... r) { roles = EnumSet.copyOf(List.of(r)); return this; }
        Staff available(String... s) { available = Set.of(s); return this; }
        Staff relative(String digest) { relatives = Set.of(digest); return this; }
        Staff registered(String exam) { registered = Set.of(exam); return this; }
        Staff barred() { barred = true; return this; }

        RosterStaff build() {
            return new RosterStaff(id, employer, sex, sittings, area, district, roles, available, relatives, registered, barred);
        }
    }

    static RosterProblem problem(RosterPolicy policy, List<RosterSession> sessions, RosterSite site, Staff... staff) {
        List<RosterStaff> pool = new ArrayList<>();
        for (Staff s : staff) {
            pool.add(s.build());
        }
        return new RosterProblem(sessions, List.of(site), pool, policy, 42L);
    }

    static RosterPost invigilator(long room, String session) {
        return new RosterPost(1, session, StaffRole.INVIGILATOR, room, 0);
    }

    private RosterResult solve(RosterProblem p, List<RosterAssignment> previous) {
        RosterResult r = solver.solve(p, previous, LIMIT, getClass().getClassLoader());
        RosterChecks.assertFeasible(p, r);
        return r;
    }

    private static long holder(RosterResult r, RosterPost post) {
        return r.assignments().stream().filter(a -> a.post().equals(post)).findFirst().orElseThrow().staffId();
    }

    // ---------------------------------------------------------------- posts

    @Test
    void thePolicyAsksForInvigilatorsChiefsHeadsInspectorsAndReserves() {
        List<RosterRoom> rooms = new ArrayList<>();
        for (long id = 1; id <= 11; id++) {
            rooms.add(room(id, "am"));
        }
        rooms.add(room(1, "pm"));
        RosterProblem p = new RosterProblem(List.of(AM, PM), List.of(new RosterSite(1, "K01", "11", "110101", rooms)),
                List.of(), RosterPolicy.DEFAULT, 1);
        List<RosterPost> am = p.posts().stream().filter(x -> x.session().equals("am")).toList();
        assertEquals(22, am.stream().filter(x -> x.role() == StaffRole.INVIGILATOR && x.roomId() != null).count());
        assertEquals(1, am.stream().filter(RosterPost::reserve).count());
        assertEquals(1, am.stream().filter(x -> x.role() == StaffRole.CHIEF_EXAMINER).count());
        assertEquals(1, am.stream().filter(x -> x.role() == StaffRole.SITE_HEAD).count());
        assertEquals(2, am.stream().filter(x -> x.role() == StaffRole.INSPECTOR).count(), "11 rooms, one inspector per 10");
        assertEquals(2 + 1 + 1 + 1 + 1, p.posts().stream().filter(x -> x.session().equals("pm")).count());
    }

    @Test
    void largeRoomIdsAndTheSameRoomIdAtTwoSitesAreKeptApart() {
        long big = 9_000_000_001L;
        RosterSite a = new RosterSite(1, "K01", "11", "110101", List.of(room(big + 1_000_003L, "am", Set.of("acme"), Set.of(), Set.of()),
                room(big, "am", Set.of("initech"), Set.of(), Set.of())));
        RosterSite b = new RosterSite(2, "K02", "11", "110101", List.of(room(big, "am", Set.of("globex"), Set.of(), Set.of())));
        RosterProblem p = new RosterProblem(List.of(AM), List.of(a, b),
                List.of(person(10).employer("globex").build(), person(11).employer("acme").build(),
                        person(12).employer("initech").build()), ONE, 3L);
        RosterResult r = solve(p, List.of()); // checked room by room against each room's own candidates
        assertTrue(r.complete());
        assertEquals(3, r.assignments().size());
    }

    // ---------------------------------------------------------------- hard rules

    @Test
    void nobodyServesWhereACandidateOfTheirOwnEmployerSits() {
        RosterProblem p = problem(ONE, List.of(AM), site(room(1, "am", Set.of("acme"), Set.of(), Set.of()),
                room(2, "am", Set.of("globex"), Set.of(), Set.of())),
                person(10).employer("globex"), person(11).employer("acme"));
        RosterResult r = solve(p, List.of());
        assertEquals(10, holder(r, invigilator(1, "am")));
        assertEquals(11, holder(r, invigilator(2, "am")));
        refused(p, new RosterAssignment(invigilator(1, "am"), 11, true), RosterRule.OWN_EMPLOYER_SEATED,
                "回避", "同一单位", "Recusal: a candidate from the employer of staff #11");
    }

    @Test
    void nobodyServesWhereADeclaredRelativeSits() {
        RosterProblem p = problem(ONE, List.of(AM), site(room(1, "am", Set.of(), Set.of("d-sister"), Set.of()),
                room(2, "am", Set.of(), Set.of("d-other"), Set.of())), person(10).relative("d-sister"), person(11));
        RosterResult r = solve(p, List.of());
        assertEquals(11, holder(r, invigilator(1, "am")));
        assertEquals(10, holder(r, invigilator(2, "am")));
        refused(p, new RosterAssignment(invigilator(1, "am"), 10, true), RosterRule.RELATIVE_SEATED,
                "亲属", "declared relative of staff #10");
    }

    @Test
    void aSitePostIsRecusedAgainstEveryRoomOfTheSite() {
        RosterPolicy chiefOnly = new RosterPolicy(1, 1, 0, 0, 0, 3, RosterWeights.DEFAULT);
        RosterProblem p = problem(chiefOnly, List.of(AM), site(room(1, "am", Set.of("acme"), Set.of(), Set.of()),
                        room(2, "am", Set.of("globex"), Set.of(), Set.of())),
                person(10).employer("globex").roles(StaffRole.CHIEF_EXAMINER),
                person(11).roles(StaffRole.CHIEF_EXAMINER), person(12), person(13));
        RosterResult r = solve(p, List.of());
        assertEquals(11, holder(r, new RosterPost(1, "am", StaffRole.CHIEF_EXAMINER, null, 0)),
                "the chief examiner's own employer may sit in no room of the site");
    }

    @Test
    void nobodyRegisteredForTheExamNorBarredNorWithoutTheRoleNorUnavailableServes() {
        RosterProblem p = problem(ONE, List.of(AM), site(room(1, "am")),
                person(10).registered("E1"), person(11).barred(), person(12).roles(StaffRole.INSPECTOR),
                person(13).available("pm"), person(14));
        RosterResult r = solve(p, List.of());
        assertEquals(14, holder(r, invigilator(1, "am")));
        refused(p, new RosterAssignment(invigilator(1, "am"), 10, true), RosterRule.REGISTERED_FOR_EXAM,
                "报名参加了同一考试", "registered for the same exam");
        refused(p, new RosterAssignment(invigilator(1, "am"), 11, true), RosterRule.BARRED,
                "违纪违规处理决定", "barred");
        refused(p, new RosterAssignment(invigilator(1, "am"), 12, true), RosterRule.ROLE, "角色", "may not take the role");
        refused(p, new RosterAssignment(invigilator(1, "am"), 13, true), RosterRule.UNAVAILABLE, "不可用", "not available");
    }

    @Test
    void nobodyIsInTwoPlacesAtOnceEvenInOverlappingSessionsOfAnotherExam() {
        RosterSession other = new RosterSession("e2-am", "E2", DAY, LocalTime.of(10, 0), LocalTime.of(12, 0));
        RosterProblem p = problem(ONE, List.of(AM, other), site(room(1, "am"), room(2, "e2-am")),
                person(10).available("am", "e2-am"), person(11).available("am", "e2-am"));
        RosterResult r = solve(p, List.of());
        assertTrue(r.complete());
        assertFalse(holder(r, invigilator(1, "am")) == holder(r, invigilator(2, "e2-am")));
        List<RosterAssignment> both = List.of(new RosterAssignment(invigilator(1, "am"), 10, true),
                new RosterAssignment(invigilator(2, "e2-am"), 10, true));
        RosterException e = assertThrows(RosterException.class, () -> solver.solve(p, both, LIMIT, null));
        assertEquals(RosterRule.DOUBLE_BOOKED, e.violations().get(0).rule());
        assertEquals(422, e.status());
        assertEquals("invalid-roster", e.type());
        RosterResult byHand = solver.evaluate(p, both);
        assertEquals(List.of(RosterRule.DOUBLE_BOOKED), byHand.hardViolations().stream().map(RosterViolation::rule).toList());
        assertTrue(byHand.hardViolations().get(0).explain(Locale.CHINESE).contains("已有其他安排"));
    }

    /** The pinned assignment is refused (422, nothing solved), and a roster made by hand with it is reported. */
    private void refused(RosterProblem p, RosterAssignment bad, RosterRule rule, String... words) {
        RosterException e = assertThrows(RosterException.class, () -> solver.solve(p, List.of(bad), LIMIT, null));
        assertEquals(List.of(rule), e.violations().stream().map(RosterViolation::rule).toList());
        RosterResult byHand = solver.evaluate(p, List.of(bad));
        assertEquals(List.of(rule), byHand.hardViolations().stream().map(RosterViolation::rule).toList());
        assertTrue(byHand.assignments().isEmpty(), "a broken assignment is not counted as filling its post");
        String both = byHand.hardViolations().get(0).explain(Locale.CHINESE) + " | "
                + byHand.hardViolations().get(0).explain(Locale.ENGLISH);
        for (String word : words) {
            assertTrue(both.contains(word), () -> "'" + word + "' missing from: " + both);
        }
        assertTrue(both.contains("K01 · 01"), () -> "names the site and room: " + both);
    }

    // ---------------------------------------------------------------- pinned and previous rosters

    @Test
    void aPinnedAssignmentIsKeptEvenWhenAnotherWouldCostLess() {
        RosterProblem p = problem(ONE, List.of(AM), site(room(1, "am")),
                person(10).home("12", "120101").sittings(0), person(11));
        RosterPost post = invigilator(1, "am");
        assertEquals(11, holder(solve(p, List.of()), post), "unpinned, the local experienced person is chosen");
        RosterResult r = solve(p, List.of(new RosterAssignment(post, 10, true)));
        assertEquals(List.of(new RosterAssignment(post, 10, true)), r.assignments());
        assertEquals(0, r.moved());
    }

    @Test
    void twoPinnedToOnePostOrAnUnknownPersonAreRefused() {
        RosterProblem p = problem(ONE, List.of(AM), site(room(1, "am")), person(10), person(11));
        RosterPost post = invigilator(1, "am");
        RosterException e = assertThrows(RosterException.class, () -> solver.solve(p,
                List.of(new RosterAssignment(post, 10, true), new RosterAssignment(post, 11, true),
                        new RosterAssignment(post, 99, true)), LIMIT, null));
        assertEquals(List.of(RosterRule.UNKNOWN, RosterRule.UNKNOWN), e.violations().stream().map(RosterViolation::rule).toList());
    }

    @Test
    void aLateChangeMovesOnlyTheOneWhoDroppedOutAndIsExplained() {
        RosterProblem p = problem(TWO, List.of(AM, PM), site(room(1, "am"), room(2, "am"), room(1, "pm"), room(2, "pm")),
                person(10), person(11).sex(Sex.MALE), person(12), person(13).sex(Sex.MALE), person(14), person(15));
        RosterResult first = solve(p, List.of());
        long gone = holder(first, invigilator(1, "am"));
        Staff[] staff = new Staff[6];
        for (int i = 0; i < 6; i++) {
            staff[i] = person(10 + i).sex(i % 2 == 1 ? Sex.MALE : Sex.FEMALE);
            if (10 + i == gone) {
                staff[i].available("pm");
            }
        }
        RosterProblem changed = problem(TWO, p.sessions(), p.sites().get(0), staff);
        RosterResult again = solve(changed, first.assignments());
        assertEquals(1, again.moved());
        for (RosterAssignment a : first.assignments()) {
            if (!a.post().equals(invigilator(1, "am"))) {
                assertEquals(a.staffId(), holder(again, a.post()), "unchanged: " + a.post());
            }
        }
        RosterCost moved = again.costs().stream().filter(c -> c.constraint() == RosterConstraint.MOVED).findFirst().orElseThrow();
        assertEquals(RosterWeights.DEFAULT.moved(), moved.cost());
        assertTrue(moved.explain(Locale.CHINESE).contains("由工作人员 #" + gone + " 改为 #"), moved.explain(Locale.CHINESE));
        assertTrue(moved.explain(Locale.ENGLISH).contains("instead of staff #" + gone), moved.explain(Locale.ENGLISH));
    }

    // ---------------------------------------------------------------- soft costs, explained

    private static RosterCost only(RosterResult r, RosterConstraint c) {
        List<RosterCost> costs = r.costs().stream().filter(x -> x.constraint() == c).toList();
        assertEquals(1, costs.size(), () -> c + ": " + r.costs());
        assertEquals(costs.get(0).cost(), r.softCosts().get(c));
        return costs.get(0);
    }

    @Test
    void aPairWithoutExperienceIsPreferredAgainstAndExplained() {
        RosterProblem p = problem(TWO, List.of(AM), site(room(1, "am")),
                person(10).sittings(0), person(11).sittings(1), person(12).sittings(1).sex(Sex.MALE));
        RosterResult r = solve(p, List.of());
        RosterCost c = only(r, RosterConstraint.EXPERIENCE);
        assertEquals(20, c.cost());
        assertEquals("K01 · 01 · 场次 am · 监考 · 第 1 位：该考场的监考都缺少经验（最多参加过 1 次，有经验须至少 3 次）：20 分。",
                c.explain(Locale.CHINESE));
        assertTrue(c.explain(Locale.ENGLISH).contains("none of the room's invigilators is experienced (at most 1 sittings served"),
                c.explain(Locale.ENGLISH));

        RosterProblem withExpert = problem(TWO, List.of(AM), site(room(1, "am")),
                person(10).sittings(0), person(11).sittings(1), person(12).sittings(3).sex(Sex.MALE));
        RosterResult better = solve(withExpert, List.of());
        assertEquals(0L, better.softCosts().get(RosterConstraint.EXPERIENCE), "the experienced person is paired in");
    }

    @Test
    void aSameSexPairInAMixedRoomIsAvoidedAndExplained() {
        RosterProblem p = problem(TWO, List.of(AM), site(room(1, "am")), person(10), person(11), person(12).sex(Sex.MALE));
        RosterResult r = solve(p, List.of());
        assertEquals(0L, r.softCosts().get(RosterConstraint.MIXED_SEX));
        assertTrue(r.assignments().stream().anyMatch(a -> a.staffId() == 12));

        RosterProblem women = problem(TWO, List.of(AM), site(room(1, "am")), person(10), person(11));
        RosterCost c = only(solve(women, List.of()), RosterConstraint.MIXED_SEX);
        assertEquals(5, c.cost());
        assertTrue(c.explain(Locale.CHINESE).endsWith("考场有男女考生，但监考都是女性：5 分。"), c.explain(Locale.CHINESE));
        assertTrue(c.explain(Locale.ENGLISH).contains("its invigilators are all female: 5 point(s)."), c.explain(Locale.ENGLISH));

        RosterProblem menOnly = problem(TWO, List.of(AM),
                site(room(1, "am", Set.of(), Set.of(), Set.of(Sex.FEMALE))), person(10), person(11));
        assertEquals(0L, solve(menOnly, List.of()).softCosts().get(RosterConstraint.MIXED_SEX),
                "a room of one sex's candidates asks for no mixed pair");
    }

    @Test
    void theSameRoomAndPartnerAllDayAreRotatedAwayAndExplainedWhenUnavoidable() {
        RosterProblem p = problem(TWO, List.of(AM, PM), site(room(1, "am"), room(2, "am"), room(1, "pm"), room(2, "pm")),
                person(10), person(11).sex(Sex.MALE), person(12), person(13).sex(Sex.MALE), person(14),
                person(15).sex(Sex.MALE));
        RosterResult r = solve(p, List.of());
        assertEquals(0L, r.softCost(), "six people can change rooms and partners at noon, in mixed pairs: " + r.costs());

        RosterProblem two = problem(TWO, List.of(AM, PM), site(room(1, "am"), room(1, "pm")),
                person(10), person(11).sex(Sex.MALE));
        RosterResult stuck = solve(two, List.of());
        List<RosterCost> costs = stuck.costs().stream().filter(c -> c.constraint() == RosterConstraint.ROTATION).toList();
        assertEquals(4, costs.size(), "each of the two: same room twice, same partner twice");
        assertEquals(4 * 3L, stuck.softCosts().get(RosterConstraint.ROTATION));
        String zh = costs.stream().map(c -> c.explain(Locale.CHINESE)).toList().toString();
        assertTrue(zh.contains("工作人员 #10 在 2026-09-12 的 2 个场次都在考场 01（轮换不足）：3 分。"), zh);
        assertTrue(zh.contains("工作人员 #10 在 2026-09-12 的 2 个场次都与工作人员 #11 搭档（轮换不足）：3 分。"), zh);
        String en = costs.get(0).explain(Locale.ENGLISH);
        assertTrue(en.startsWith("Staff #") && en.contains("(too little rotation)"), en);
    }

    @Test
    void peopleServeNearHomeAndDistanceIsExplained() {
        RosterProblem p = problem(ONE, List.of(AM), site(room(1, "am")),
                person(10).home("12", "120101"), person(11).home("11", "110102"), person(12));
        assertEquals(12, holder(solve(p, List.of()), invigilator(1, "am")), "the one from the site's district");

        RosterProblem far = problem(ONE, List.of(AM), site(room(1, "am")), person(10).home("12", "120101"));
        RosterCost c = only(solve(far, List.of()), RosterConstraint.DISTANCE);
        assertEquals(3 * 2, c.cost(), "outside the home area: 3 units of weight 2");
        assertTrue(c.explain(Locale.CHINESE).contains("工作人员 #10 常住 12/120101，考点在 11/110101"), c.explain(Locale.CHINESE));

        RosterProblem sameArea = problem(ONE, List.of(AM), site(room(1, "am")), person(10).home("11", "110102"));
        assertEquals(2L, solve(sameArea, List.of()).softCosts().get(RosterConstraint.DISTANCE), "same area, other district: 1 unit");
    }

    @Test
    void loadAboveTheFairShareIsExplained() {
        RosterSession s3 = new RosterSession("d2am", "E1", DAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(11, 0));
        RosterSession s4 = new RosterSession("d2pm", "E1", DAY.plusDays(1), LocalTime.of(14, 0), LocalTime.of(16, 0));
        RosterWeights noRotation = new RosterWeights(1, 20, 5, 0, 2, 50);
        RosterPolicy policy = new RosterPolicy(1, 0, 0, 0, 0, 3, noRotation);
        RosterProblem p = problem(policy, List.of(AM, PM, s3, s4),
                site(room(1, "am"), room(1, "pm"), room(1, "d2am"), room(1, "d2pm")),
                person(10).available("am", "pm", "d2am", "d2pm"), person(11).available("am"));
        RosterResult r = solve(p, List.of());
        assertEquals(11, holder(r, invigilator(1, "am")), "the one who can only come once takes that session");
        RosterCost c = only(r, RosterConstraint.LOAD);
        assertEquals(1, c.cost(), "3 posts against a fair share of 2: one over, squared");
        assertEquals("工作人员 #10 担任 3 个岗位，超过人均 2 个：1 分。", c.explain(Locale.CHINESE));
        assertEquals("Staff #10 holds 3 posts, more than the fair share of 2: 1 point(s).", c.explain(Locale.ENGLISH));
    }

    @Test
    void everyPointOfSoftCostIsExplainedAndAddsUp() {
        RosterProblem p = RosterSolverPropertiesTest.instance(7L);
        RosterResult r = solve(p, List.of());
        assertEquals(r.softCost(), r.costs().stream().mapToLong(RosterCost::cost).sum());
        for (RosterCost c : r.costs()) {
            for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                String text = c.explain(l);
                assertFalse(text.startsWith("roster.") || text.contains("{"), text);
            }
        }
    }

    // ---------------------------------------------------------------- what cannot be staffed

    @Test
    void anInstanceThatCannotBeStaffedNamesWhatIsMissing() {
        RosterPolicy policy = new RosterPolicy(1, 1, 1, 0, 0, 3, RosterWeights.DEFAULT);
        RosterProblem p = problem(policy, List.of(AM), site(room(1, "am", Set.of("acme"), Set.of(), Set.of())),
                person(10).roles(StaffRole.INVIGILATOR, StaffRole.SITE_HEAD).available("pm"),
                person(11).employer("acme"), person(12).registered("E1"));
        RosterResult r = solve(p, List.of());
        assertFalse(r.complete());
        assertTrue(r.hardViolations().isEmpty());
        List<UnfilledPost> unfilled = r.unfilled();
        assertEquals(List.of(UnfilledPost.Reason.NO_ONE_WITH_ROLE, UnfilledPost.Reason.NO_ONE_AVAILABLE,
                UnfilledPost.Reason.ALL_EXCLUDED), unfilled.stream().map(UnfilledPost::reason).toList());
        assertEquals("K01 · 场次 am · 主考 · 第 1 位 无人担任：人员库中没有可担任该角色的人员。请增加具备该角色的人员。",
                unfilled.get(0).explain(Locale.CHINESE));
        assertTrue(unfilled.get(1).explain(Locale.ENGLISH).contains("the 1 people who may take this role are all unavailable"));
        assertTrue(unfilled.get(2).explain(Locale.CHINESE).contains("K01 · 01 · 场次 am · 监考 · 第 1 位"));
        assertTrue(unfilled.get(2).explain(Locale.CHINESE).contains("2 人均因回避"), unfilled.get(2).explain(Locale.CHINESE));

        RosterProblem busy = problem(TWO, List.of(AM), site(room(1, "am"), room(2, "am")), person(10), person(11), person(12));
        RosterResult short1 = solve(busy, List.of());
        assertEquals(1, short1.unfilled().size());
        assertEquals(UnfilledPost.Reason.ALL_BUSY, short1.unfilled().get(0).reason());
        assertTrue(short1.unfilled().get(0).explain(Locale.ENGLISH).contains("the 3 people allowed all serve elsewhere"));
    }

    @Test
    void progressIsToldPerSiteAndTheLoaderIsOptional() {
        RosterProblem p = RosterSolverPropertiesTest.instance(11L);
        AtomicInteger last = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        solver.solve(p, null, Duration.ofSeconds(2), null, (done, all) -> {
            assertTrue(done >= last.get());
            last.set(done);
            total.set(all);
        });
        assertEquals(p.sites().size(), total.get());
        assertEquals(p.sites().size(), last.get());
    }
}
