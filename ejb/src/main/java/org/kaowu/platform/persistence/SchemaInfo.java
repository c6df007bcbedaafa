package org.kaowu.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What the operator needs to know about the schema: which migrations this deployment carries and which have run. */
@Stateless
public class SchemaInfo {

    @Resource(lookup = "java:jboss/datasources/KaowuDS")
    private DataSource dataSource;

    public record Migration(String version, String description, String script, String state, Instant installedOn)
            implements Serializable {
    }

    public List<Migration> migrations() {
        return Arrays.stream(Migrations.flyway(dataSource).info().all()).map(SchemaInfo::of).toList();
    }

    private static Migration of(MigrationInfo m) {
        return new Migration(m.getVersion() == null ? null : m.getVersion().getVersion(), m.getDescription(),
                m.getScript(), m.getState().name(), m.getInstalledOn() == null ? null : m.getInstalledOn().toInstant());
    }
}
