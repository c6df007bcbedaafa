package org.kaowu.scheduling.staff;

import org.junit.jupiter.api.Test;
import org.kaowu.scheduling.roster.RosterConstraint;
import org.kaowu.scheduling.roster.RosterCost;
import org.kaowu.scheduling.roster.RosterPost;
import org.kaowu.scheduling.roster.StaffRole;
import org.kaowu.scheduling.roster.UnfilledPost;
import org.kaowu.shared.Localized;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A roster's soft costs as the office reads them: people by name, never by id, in either language. */
class RosterTextsTest {

    private static final RosterPost ROOM = new RosterPost(7, "2026-05-23 09:00-11:30", StaffRole.INVIGILATOR, 70L, 0);
    private static final Map<Long, String> NAMES = Map.of(101L, "王明", 102L, "李红");

    private static String both(RosterCost c) {
        String line = RosterTexts.encode(c, NAMES);
        assertFalse(line.contains("\n"), line);
        return RosterTexts.explain(line, Locale.CHINESE) + " | " + RosterTexts.explain(line, Locale.ENGLISH);
    }

    @Test
    void everyConstraintIsExplainedWithNames() {
        String load = both(new RosterCost(RosterConstraint.LOAD, 4, null, null, List.of(101L), List.of(101L, 5, 3)));
        assertEquals("工作量均衡（4分）：王明本次承担5个岗位，多于平均的3个。 | Balanced load (4 pt): 王明 takes 5 posts, more than the fair share of 3.", load);
        String partner = both(new RosterCost(RosterConstraint.ROTATION, 3, ROOM, "BJ-0101 · 101", List.of(101L, 102L),
                List.of(101L, Localized.of("roster.rotation.partner", 102L), 2, "2026-05-23")));
        assertTrue(partner.startsWith("轮换（3分）：王明当天有2场都与李红搭档。"), partner);
        assertTrue(partner.contains("王明 serves 2 sessions of the day with 李红"), partner);
        String room = both(new RosterCost(RosterConstraint.ROTATION, 3, ROOM, "BJ-0101 · 101", List.of(101L),
                List.of(101L, Localized.of("roster.rotation.room", "101"), 2, "2026-05-23")));
        assertTrue(room.startsWith("轮换（3分）：王明当天有2场都在同一考场。"), room);
        String mixed = both(new RosterCost(RosterConstraint.MIXED_SEX, 5, ROOM, "BJ-0101 · 101", List.of(101L, 102L),
                List.of(Localized.of("roster.sex.female"))));
        assertTrue(mixed.contains("监考员却都是女性") && mixed.contains("all female"), mixed);
        String moved = both(new RosterCost(RosterConstraint.MOVED, 50, ROOM, "BJ-0101 · 101", List.of(101L, 102L), List.of(101L, "#102")));
        assertTrue(moved.contains("由王明改为李红") && moved.contains("from 王明 to 李红"), moved);
        String distance = both(new RosterCost(RosterConstraint.DISTANCE, 6, ROOM, "BJ-0101 · 101", List.of(102L),
                List.of(102L, "北京市/海淀区", "北京市/东城区")));
        assertTrue(distance.contains("李红家在北京市/海淀区，考点在北京市/东城区"), distance);
        String experience = both(new RosterCost(RosterConstraint.EXPERIENCE, 20, ROOM, "BJ-0101 · 101", List.of(101L, 102L), List.of(1, 3)));
        assertTrue(experience.contains("最多已监考1场") && experience.contains("at most 1 sittings"), experience);
        for (String s : List.of(load, partner, room, mixed, moved, distance, experience)) {
            assertFalse(s.contains("#10") || s.contains("rosters.") || s.contains("{"), s);
        }
    }

    @Test
    void costsPerConstraintReadBackAsStored() {
        UnfilledPost u = new UnfilledPost(ROOM, "BJ-0101 · 101", UnfilledPost.Reason.ALL_EXCLUDED, 4, 3, 0);
        String line = RosterTexts.encode(u);
        assertTrue(line.startsWith("UNFILLED\t7\t2026-05-23 09:00-11:30\tINVIGILATOR\t70\t0\tALL_EXCLUDED"), line);
    }
}
