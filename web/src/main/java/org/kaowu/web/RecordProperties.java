package org.kaowu.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Lets the pages read a record's components as properties ({@code #{row.name}} calls {@code row.name()}), as
 * Jakarta EL 6 does and the EL 5 of Jakarta EE 10 does not: without it such an expression fails with "does not have
 * the property" only once a row is there to show. Read-only; anything that is not a record component is left to the
 * other resolvers.
 */
public class RecordProperties extends ELResolver {

    private static RecordComponent component(Object base, Object property) {
        if (base == null || !(property instanceof String name) || !base.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : base.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordComponent c = component(base, property);
        if (c == null) {
            return null;
        }
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            accessor.trySetAccessible();
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException("cannot read " + property + " of " + base.getClass().getName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        RecordComponent c = component(base, property);
        if (c == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only: EL says a read-only property's type is null
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }
}
