package org.kaowu.platform.persistence;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** One Flyway configuration for the whole system: the scripts under {@code db/migration} of this module. */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static Flyway flyway(DataSource dataSource) {
        // The EJB module's class loader: inside the EAR it is the one that sees db/migration (through JBoss VFS).
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load();
    }
}
