package org.kaowu.registration;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.kaowu.platform.persistence.Migrations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V24 migrates honestly: the records a verifier's one-click FALSE wrote before it are ended (kept, with a reason
 * naming the missing Art. 17 procedure), misconduct records are left alone, and a long-term record can be stored.
 */
class LegacyFalseCommitmentMigrationTest {

    @Test
    void recordsWrittenByTheOldFalseOutcomeAreEndedNotDeleted() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v24-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("sa");
        Flyway.configure(Migrations.class.getClassLoader()).dataSource(h2).locations(Migrations.LOCATION)
                .target("23").load().migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into integrity_record (id, id_number, account_id, kind, severity, valid_from, valid_until,"
                    + " reason, source_ref, created_at, created_by) values (1, '11010519491231002X', 7, 'FALSE_COMMITMENT',"
                    + " 'SERIOUS', date '2026-03-01', date '2031-03-01', '学信网查无此学历', 'registration 9',"
                    + " current_timestamp, 'office')");
            s.executeUpdate("insert into integrity_record (id, id_number, account_id, kind, severity, valid_from, valid_until,"
                    + " reason, source_ref, created_at, created_by) values (2, '11010519491231002X', 7, 'MISCONDUCT',"
                    + " 'SERIOUS', date '2026-03-01', date '2031-02-28', 'C7.1', 'case 3', current_timestamp, 'office')");
        }
        Flyway.configure(Migrations.class.getClassLoader()).dataSource(h2).locations(Migrations.LOCATION)
                .target("24").load().migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select * from integrity_record where id = 1")) {
                assertTrue(r.next(), "kept, not deleted");
                assertNotNull(r.getDate("ended_on"));
                assertEquals("migration", r.getString("ended_by"));
                assertTrue(r.getString("ended_reason").contains("第十七条"), r.getString("ended_reason"));
                assertTrue(r.getString("ended_reason").contains("Art. 17"), r.getString("ended_reason"));
                assertEquals("学信网查无此学历", r.getString("reason"), "what it said stays");
                assertFalse(r.getBoolean("published"));
            }
            try (ResultSet r = s.executeQuery("select ended_on from integrity_record where id = 2")) {
                assertTrue(r.next());
                assertNull(r.getDate("ended_on"), "a misconduct record is not touched");
            }
            s.executeUpdate("insert into integrity_record (id, id_number, kind, severity, valid_from, valid_until, reason,"
                    + " created_at, created_by, rule_code, article, case_id) values (3, '11010519491231002X', 'MISCONDUCT',"
                    + " 'ESPECIALLY_SERIOUS', date '2027-05-20', null, 'C8.2', current_timestamp, 'office', 'C8.2', 8, 4)");
            try (ResultSet r = s.executeQuery("select count(*) from integrity_record where valid_until is null")) {
                r.next();
                assertEquals(1, r.getInt(1), "a long-term record has no end date");
            }
        }
    }
}
