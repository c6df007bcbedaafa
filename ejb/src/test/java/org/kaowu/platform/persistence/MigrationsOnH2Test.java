package org.kaowu.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The run command's database is embedded H2 in PostgreSQL mode, while CI runs the integration tests on PostgreSQL.
 * This test keeps the run command's footing checked in CI: every migration applies to H2 opened with the flags of
 * {@code config/wildfly/datasource-h2.cli}, and the one native statement of the code (the sign-in throttle's insert
 * that ignores a conflict) runs on it.
 */
class MigrationsOnH2Test {

    /** The flags of the datasource in {@code config/wildfly/datasource-h2.cli}. */
    private static final String FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void everyMigrationAppliesToTheRunCommandsDatabase() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:kaowu-" + UUID.randomUUID() + FLAGS);
        h2.setUser("sa");
        h2.setPassword("sa");

        Flyway flyway = Migrations.flyway(h2);
        assertEquals(shippedScripts().size(), flyway.migrate().migrationsExecuted, "every script ran");
        List<MigrationInfo> applied = Arrays.asList(flyway.info().applied());
        assertEquals(shippedScripts(), applied.stream().map(MigrationInfo::getScript).sorted().toList());
        assertFalse(applied.stream().anyMatch(m -> !m.getState().isApplied() || m.getState().isFailed()));

        try (Connection c = h2.getConnection()) {
            for (int i = 0; i < 2; i++) {
                try (PreparedStatement insert = c.prepareStatement("insert into sign_in_throttle (throttle_key, failures,"
                        + " last_failure) values (?, 0, ?) on conflict do nothing")) {
                    insert.setString(1, "key");
                    insert.setTimestamp(2, Timestamp.from(Instant.parse("2026-12-02T00:00:00Z")));
                    insert.executeUpdate();
                }
            }
            try (ResultSet rows = c.createStatement().executeQuery("select count(*) from sign_in_throttle")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the second insert of the same key is ignored");
            }
        }
    }

    private static List<String> shippedScripts() throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationsOnH2Test.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql")).sorted().toList();
        }
    }
}
