package org.kaowu.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Flyway found its migrations inside the deployed EAR (the WildFly VFS pitfall) and ran every one of them, on the
 * database this run uses; Hibernate validated the mapping against the result, or the deployment would have failed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchemaIT {


    @Test
    void everyMigrationInTheSourceTreeRanFromInsideTheDeployment() {
        List<String> shipped = Arrays.stream(new File(System.getProperty("kaowu.migrations")).list())
                .filter(n -> n.matches("V\\d+__.*\\.sql")).sorted().toList();
        assertFalse(shipped.isEmpty());
        List<JsonObject> migrations = Kaowu.as("admin", Kaowu.DEMO_PASSWORD).get("/api/admin/schema").array()
                .getValuesAs(JsonObject.class);
        assertEquals(shipped, migrations.stream().map(m -> m.getString("script")).sorted().toList());
        for (JsonObject m : migrations) {
            assertEquals("SUCCESS", m.getString("state"), m.getString("script"));
        }
    }
}
