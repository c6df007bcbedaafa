package org.kaowu.scheduling;

import org.junit.jupiter.api.Test;
import org.kaowu.plan.PlanData;
import org.kaowu.plan.SessionMode;
import org.kaowu.registration.Sitters;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The allocator's pure parts: who sits what on which day and in which group; the stored shortfall. */
class SeatAllocationRulesTest {

    private static final LocalDate DAY1 = LocalDate.of(2040, 9, 8);
    private static final LocalDate DAY2 = LocalDate.of(2040, 9, 9);

    private static PlanData.SessionData session(String level, String subject, LocalDate day, int hour) {
        return new PlanData.SessionData(0, level, subject, day, LocalTime.of(hour, 0), LocalTime.of(hour + 2, 0),
                SessionMode.PAPER);
    }

    private final List<PlanData.SessionData> sessions = List.of(session("中级", "01", DAY1, 9),
            session("中级", "02", DAY1, 14), session("高级", "01", DAY1, 9), session("中级", "03", DAY2, 9));

    @Test
    void eachDayHoldsTheSessionsOfTheCandidatesLevelAndSubjectsGroupedByThem() {
        Map<LocalDate, List<SeatingCandidate>> byDay = SeatAllocator.candidatesByDay(sessions, List.of(
                new Sitters.Sitter(1, "中级", "北京市", List.of("01", "02", "03"), "甲公司"),
                new Sitters.Sitter(2, "中级", "北京市", List.of("02"), null),
                new Sitters.Sitter(3, "高级", "北京市", List.of("01"), "乙公司")));
        assertEquals(List.of(DAY1, DAY2), List.copyOf(byDay.keySet()));
        List<SeatingCandidate> first = byDay.get(DAY1);
        assertEquals(3, first.size());
        assertEquals(new SeatingCandidate(1, "中级 01+02", "甲公司", false, List.of("01@09:00", "02@14:00")), first.get(0));
        assertEquals("中级 02", first.get(1).group(), "a candidate sitting fewer papers sits apart");
        assertEquals("高级 01", first.get(2).group(), "levels sit apart even for a subject code they share");
        assertEquals(List.of(1L), byDay.get(DAY2).stream().map(SeatingCandidate::registrationId).toList());
    }

    @Test
    void aCandidateWhoNeedsAnAccessibleRoomSaysSoOnEveryExamDay() {
        Map<LocalDate, List<SeatingCandidate>> byDay = SeatAllocator.candidatesByDay(sessions, List.of(
                new Sitters.Sitter(1, "中级", "北京市", List.of("01", "03"), null, true),
                new Sitters.Sitter(2, "中级", "北京市", List.of("01", "03"), null, false)));
        for (LocalDate day : List.of(DAY1, DAY2)) {
            assertEquals(List.of(true, false), byDay.get(day).stream().map(SeatingCandidate::needsAccessible).toList(),
                    day.toString());
        }
    }

    @Test
    void aCandidateWithoutSessionsOnADayIsNotSeatedThatDay() {
        Map<LocalDate, List<SeatingCandidate>> byDay = SeatAllocator.candidatesByDay(sessions,
                List.of(new Sitters.Sitter(9, "中级", "北京市", List.of("03"), null)));
        assertEquals(List.of(DAY2), List.copyOf(byDay.keySet()));
    }

    @Test
    void aShortfallIsStoredAndReadBackAndPutIntoWordsInBothLanguages() {
        List<SeatAllocator.Missing> missing = List.of(
                new SeatAllocator.Missing("北京市", "BJ-01", "第一中学", "中级 01", false, 12),
                new SeatAllocator.Missing("北京市", null, null, "中级 01", true, 2));
        String stored = Shortfalls.encode(missing);
        assertEquals(missing, Shortfalls.decode(stored));
        assertEquals("14 seat(s) missing", Shortfalls.summary(stored));
        assertEquals("考点 BJ-01（第一中学）：中级 01缺少 12 个座位。", missing.get(0).text(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Site BJ-01 (第一中学): 12 seat(s) missing for 中级 01.", missing.get(0).text(Locale.ENGLISH));
        assertEquals("北京市：中级 01缺少 2 个无障碍座位。", missing.get(1).text(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aVeryLongShortfallKeepsWithinItsColumnAndLosesNoSeat() {
        List<SeatAllocator.Missing> many = java.util.stream.IntStream.range(0, 500)
                .mapToObj(i -> new SeatAllocator.Missing("北京市", "S" + i, "某\t考点\n" + i, "中级 01", false, 3)).toList();
        String stored = Shortfalls.encode(many);
        assertTrue(stored.length() <= Shortfalls.MAX, "fits the column: " + stored.length());
        assertEquals(1500, Shortfalls.decode(stored).stream().mapToInt(SeatAllocator.Missing::missingSeats).sum());
        assertTrue(Shortfalls.decode(stored).stream().noneMatch(m -> m.siteName() != null && m.siteName().contains("\t")));
    }

    private static AvailableRoom room(long id, long site, String siteCode, String number) {
        return new AvailableRoom(id, "北京市", site, siteCode, "考点", "地址", number, 1, RoomKind.PAPER, 5, 6,
                SeatPattern.S_SHAPED, 30, false, false);
    }

    @Test
    void ticketNumbersWriteSitesAndRoomsAsTheirPlacesSoAnyCodeFitsTheDefaultTemplate() {
        Map<Long, String[]> places = SeatAllocator.ticketPlaces(List.of(room(7, 2, "BJ-0102", "301"),
                room(5, 1, "BJ-0101", "102"), room(4, 1, "BJ-0101", "101"), room(9, 2, "BJ-0102", "A-12")));
        assertEquals(List.of("1", "1"), List.of(places.get(4L)));
        assertEquals(List.of("1", "2"), List.of(places.get(5L)));
        assertEquals(List.of("2", "1"), List.of(places.get(7L)));
        assertEquals(List.of("2", "2"), List.of(places.get(9L)));
        String ticket = TicketNumberTemplate.parse(TicketNumberTemplate.DEFAULT).format(new TicketParts(2040, "JJ",
                "北京市", places.get(9L)[0], places.get(9L)[1], 17));
        assertEquals("204011" + "0JJ" + "002" + "002" + "017", ticket);
    }

    @Test
    void aRunTakenUpAgainWritesOnlyTheSeatsNotWrittenYet() {
        List<SeatAllocator.Row> plan = java.util.stream.LongStream.rangeClosed(1, 5).mapToObj(id -> new SeatAllocator.Row(
                DAY1, 1, new SeatPlacement(id, 10, 0, (int) id - 1, (int) id), id == 1 ? "T" + id : null)).toList();
        List<SeatAllocator.Row> left = SeatAllocator.remaining(plan, java.util.Set.of("1@" + DAY1, "2@" + DAY1, "2@" + DAY2));
        assertEquals(List.of(3L, 4L, 5L), left.stream().map(r -> r.placement().registrationId()).toList());
        assertEquals(plan, SeatAllocator.remaining(plan, java.util.Set.of()));
        assertTrue(SeatAllocator.remaining(plan, plan.stream().map(r -> r.placement().registrationId() + "@" + r.day())
                .collect(java.util.stream.Collectors.toSet())).isEmpty());
    }
}
