package org.kaowu.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What the operator needs to know about the schema: which migrations this deployment carries and which have run. */
@Stateless
// Flyway manages its own connection's transactions, which a JTA transaction would forbid.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaInfo {

    @Resource(lookup = "java:jboss/datasources/KaowuDS")
    private DataSource dataSource;

    public record Migration(String version, String description, String script, String state, Instant installedOn)
            implements Serializable {
        // Getters for Expression Language 5, which does not read record accessors.
        public String getVersion() { return version; }
        public String getDescription() { return description; }
        public String getScript() { return script; }
        public String getState() { return state; }
        public Instant getInstalledOn() { return installedOn; }
    }

    public List<Migration> migrations() {
        return Arrays.stream(Migrations.flyway(dataSource).info().all()).map(SchemaInfo::of).toList();
    }

    private static Migration of(MigrationInfo m) {
        return new Migration(m.getVersion() == null ? null : m.getVersion().getVersion(), m.getDescription(),
                m.getScript(), m.getState().name(), m.getInstalledOn() == null ? null : m.getInstalledOn().toInstant());
    }
}
