package org.kaowu.conduct;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaowu.platform.persistence.Migrations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every article's mapping as V23 seeds it (loaded into H2 in PostgreSQL mode, as the run command's database): what
 * each of Order No. 31's articles does to the person, read back as a {@link Sanction} the way cases read it.
 */
class RuleMappingTest {

    /** A V23 row as the entity would carry it. */
    record Row(String code, String party, int article, Integer item, boolean reminder, boolean provincial, String source,
               Sanction sanction) {
    }

    static final Map<String, Row> RULES = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:rules-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("sa");
        Flyway.configure(Migrations.class.getClassLoader()).dataSource(h2).locations(Migrations.LOCATION)
                .target("23").load().migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select * from misconduct_rule where valid_until is null order by id")) {
            while (r.next()) {
                String esc = r.getString("escalates_to");
                List<Integer> escalation = esc == null ? List.of()
                        : java.util.Arrays.stream(esc.split(",")).map(String::trim).map(Integer::valueOf).toList();
                int item = r.getInt("item");
                Integer boxed = r.wasNull() ? null : item;
                RULES.put(r.getString("code"), new Row(r.getString("code"), r.getString("party"), r.getInt("article"), boxed,
                        r.getBoolean("reminder_required"), r.getBoolean("provincial"), r.getString("source"),
                        new Sanction(ScoreVoid.valueOf(r.getString("score_void")), RecordPeriod.valueOf(r.getString("record_period")),
                                StaffBarPeriod.valueOf(r.getString("staff_bar")), r.getBoolean("removal"),
                                r.getBoolean("certificate_void"), r.getBoolean("police_referral"), escalation)));
            }
        }
    }

    static List<Row> article(int article) {
        return RULES.values().stream().filter(r -> r.article() == article && !"NONE".equals(r.party())).toList();
    }

    @Test
    void theSeedHasEveryBehaviourOnceWithItsSource() {
        assertEquals(52, RULES.size(), RULES.keySet().toString());
        Map<Integer, Long> perArticle = RULES.values().stream().filter(r -> !"NONE".equals(r.party()))
                .collect(Collectors.groupingBy(Row::article, java.util.TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(6, 10L, 7, 6L, 8, 3L, 9, 4L, 10, 1L, 11, 2L, 13, 8L, 14, 14L), perArticle);
        for (Row r : RULES.values()) {
            assertTrue(r.source().contains("人社部令第31号") || "NONE".equals(r.party()), r.code() + ": " + r.source());
        }
    }

    @Test
    void article6VoidsThatSubjectOnlyAndAsksForAReminderFirstInItems1249() {
        assertEquals(10, article(6).size());
        for (Row r : article(6)) {
            assertEquals(ScoreVoid.SUBJECT, r.sanction().scoreVoid(), r.code());
            assertEquals(RecordPeriod.NONE, r.sanction().record(), r.code() + ": no integrity record for Art. 6");
            assertEquals(Set.of(1, 2, 4, 9).contains(r.item()), r.reminder(), r.code() + " reminder first");
            assertFalse(r.sanction().removal() || r.sanction().certificateVoid(), r.code());
        }
        assertEquals(List.of("C6.1", "C6.2", "C6.4", "C6.9"),
                RULES.values().stream().filter(Row::reminder).map(Row::code).toList(), "only these, in the whole book");
    }

    @Test
    void article7VoidsTheWholeSittingAndKeepsAFiveYearRecord() {
        assertEquals(6, article(7).size());
        for (Row r : article(7)) {
            assertEquals(ScoreVoid.SITTING, r.sanction().scoreVoid(), r.code());
            assertEquals(RecordPeriod.FIVE_YEARS, r.sanction().record(), r.code());
            assertFalse(r.reminder(), r.code());
        }
    }

    @Test
    void article8VoidsTheWholeSittingAndKeepsALongTermRecord() {
        assertEquals(3, article(8).size());
        for (Row r : article(8)) {
            assertEquals(ScoreVoid.SITTING, r.sanction().scoreVoid(), r.code());
            assertEquals(RecordPeriod.LONG_TERM, r.sanction().record(), r.code());
        }
    }

    @Test
    void article9RemovesFromTheRoomEscalatesTo7Or8AndNotesThePolice() {
        assertEquals(4, article(9).size());
        for (Row r : article(9)) {
            assertTrue(r.sanction().removal(), r.code());
            assertEquals(List.of(7, 8), r.sanction().escalatesTo(), r.code());
            assertTrue(r.sanction().policeReferral(), r.code());
            assertEquals(ScoreVoid.NONE, r.sanction().scoreVoid(), r.code() + ": removal itself voids nothing");
            assertEquals(RecordPeriod.NONE, r.sanction().record(), r.code());
        }
    }

    @Test
    void article10DeclaresTheCertificateVoidAndIsHandledAsArticle7() {
        Row r = RULES.get("C10");
        assertEquals(10, r.article());
        assertTrue(r.sanction().certificateVoid());
        assertEquals(ScoreVoid.SITTING, r.sanction().scoreVoid(), "as Art. 7");
        assertEquals(RecordPeriod.FIVE_YEARS, r.sanction().record(), "as Art. 7");
        assertTrue(r.source().contains("第七条"), r.source());
    }

    @Test
    void article11VoidsThatSubjectAndItsSecondParagraphEscalates() {
        Row plain = RULES.get("C11.1");
        Row withEvidence = RULES.get("C11.2");
        assertEquals(ScoreVoid.SUBJECT, plain.sanction().scoreVoid());
        assertEquals(RecordPeriod.NONE, plain.sanction().record());
        assertEquals(List.of(), plain.sanction().escalatesTo(), "identical answers alone do not escalate");
        assertEquals(ScoreVoid.SUBJECT, withEvidence.sanction().scoreVoid());
        assertEquals(List.of(7, 8), withEvidence.sanction().escalatesTo(), "with other evidence: Art. 7/8");
    }

    @Test
    void article13BarsStaffThisYearAndNextAndArticle14ForGood() {
        assertEquals(8, article(13).size());
        for (Row r : article(13)) {
            assertEquals("STAFF", r.party(), r.code());
            assertEquals(StaffBarPeriod.THIS_AND_NEXT_YEAR, r.sanction().staffBar(), r.code());
            assertEquals(ScoreVoid.NONE, r.sanction().scoreVoid(), r.code());
            assertEquals(RecordPeriod.NONE, r.sanction().record(), r.code());
        }
        assertEquals(14, article(14).size());
        for (Row r : article(14)) {
            assertEquals("STAFF", r.party(), r.code());
            assertEquals(StaffBarPeriod.PERMANENT, r.sanction().staffBar(), r.code());
        }
    }

    @Test
    void candidatesAreNeverBarredFromExamWorkAndIncidentsDoNothingToAPerson() {
        for (Row r : RULES.values()) {
            if ("CANDIDATE".equals(r.party())) {
                assertEquals(StaffBarPeriod.NONE, r.sanction().staffBar(), r.code());
            }
            if ("NONE".equals(r.party())) {
                assertFalse(r.sanction().affectsPerson(), r.code());
            }
        }
        assertEquals(List.of("N1", "N2", "N3", "N4"),
                RULES.values().stream().filter(r -> "NONE".equals(r.party())).map(Row::code).toList());
    }

    @Test
    void noRuleBansAnyoneFromExams() {
        // Order No. 31 has no exam ban: the harshest a candidate gets is a long-term record; a Sanction cannot even
        // say "ban", and no behaviour or source says so.
        List<String> offending = new ArrayList<>();
        for (Row r : RULES.values()) {
            String text = r.source();
            if (text.contains("禁考") || text.contains("不得参加") || text.contains("终身")) {
                offending.add(r.code());
            }
        }
        assertEquals(List.of(), offending);
        assertTrue(java.util.Arrays.stream(Sanction.class.getRecordComponents())
                .noneMatch(c -> c.getName().toLowerCase(java.util.Locale.ROOT).contains("ban")));
        assertNull(RULES.get("C12"), "Art. 12 is the archive, not a behaviour");
    }
}
