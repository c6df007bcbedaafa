package org.kaowu.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without it every request builds its own, and with it the model of every
 * class it writes: the largest single cost of a registration under load (see docs/performance.md). A record is
 * written by its components only: the {@code getX()} methods some records carry for the pages' expression language
 * would otherwise appear a second time as "getX" members.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyVisibilityStrategy(new RecordComponentsOnly()));

    /** Public fields and methods as JSON-B's default; in a record, only the methods that are its components. */
    static final class RecordComponentsOnly implements PropertyVisibilityStrategy {
        @Override
        public boolean isVisible(java.lang.reflect.Field field) {
            return java.lang.reflect.Modifier.isPublic(field.getModifiers())
                    || field.getDeclaringClass().isRecord();
        }

        @Override
        public boolean isVisible(java.lang.reflect.Method method) {
            Class<?> owner = method.getDeclaringClass();
            if (!owner.isRecord()) {
                return java.lang.reflect.Modifier.isPublic(method.getModifiers());
            }
            for (java.lang.reflect.RecordComponent c : owner.getRecordComponents()) {
                if (c.getName().equals(method.getName())) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
