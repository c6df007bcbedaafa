package org.kaowu.shared;

import jakarta.ejb.ApplicationException;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A rule said no. Carries a stable problem type (the last segment of the RFC 9457 {@code type} URI), a message key
 * with arguments for {@link Messages}, the input field it concerns (for a faces message next to that field) and any
 * extra members the API answer should carry (suggestions, for example).
 * <p>
 * An application exception that rolls back: nothing is half-stored when a rule refuses.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final String type;
    private final int status;
    private final String key;
    private final Object[] args;
    private final String field;
    private final Map<String, Serializable> extensions = new LinkedHashMap<>();

    public DomainException(String type, int status, String field, String key, Object... args) {
        super(key + Arrays.toString(args));
        this.type = type;
        this.status = status;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
        this.field = field;
    }

    /** A refusal of input that is well-formed but breaks a rule (HTTP 422). */
    public static DomainException unprocessable(String type, String field, String key, Object... args) {
        return new DomainException(type, 422, field, key, args);
    }

    /** Input that cannot be used at all (HTTP 400). */
    public static DomainException badInput(String type, String field, String key, Object... args) {
        return new DomainException(type, 400, field, key, args);
    }

    /** The request collides with what is stored already (HTTP 409). */
    public static DomainException conflict(String type, String field, String key, Object... args) {
        return new DomainException(type, 409, field, key, args);
    }

    public DomainException with(String name, Serializable value) {
        extensions.put(name, value);
        return this;
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The input field this refusal is about, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    public Map<String, Serializable> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    public String message(Locale locale) {
        return Messages.text(locale, key, args);
    }

    public String title(Locale locale) {
        return Messages.text(locale, "problem." + type + ".title");
    }
}
