package org.kaowu.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.kaowu.shared.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fields of a JSON request body, read strictly: a value of the wrong kind is a 400 that names the field (with its
 * path, e.g. {@code work[1].from}) and says what would do. Blank strings read as absent.
 */
public final class JsonFields {

    private final JsonObject object;
    private final String prefix;
    private final Locale locale;

    private JsonFields(JsonObject object, String prefix, Locale locale) {
        this.object = object;
        this.prefix = prefix;
        this.locale = locale;
    }

    public static JsonFields of(JsonObject body, Locale locale) {
        if (body == null) {
            throw Params.bad("body", "", Messages.text(locale, "api.param.json"));
        }
        return new JsonFields(body, "", locale);
    }

    public String text(String field) {
        JsonValue v = object.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString();
        }
        throw Params.bad(prefix + field, v.toString(), Messages.text(locale, "api.param.string"));
    }

    /** A true/false field; absent or null is false. */
    public boolean flag(String field) {
        JsonValue v = object.get(field);
        if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw Params.bad(prefix + field, v.toString(), Messages.text(locale, "api.param.boolean"));
    }

    public LocalDate date(String field) {
        return Params.date(prefix + field, text(field), locale);
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return Params.enumValue(prefix + field, text(field), type, locale);
    }

    public Integer integer(String field) {
        JsonValue v = object.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().longValue() < 1_000_000) {
            return n.intValue();
        }
        throw Params.bad(prefix + field, v.toString(), Messages.text(locale, "api.param.range", -999999, 999999));
    }

    public List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        JsonArray a = array(field);
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof JsonString s)) {
                throw Params.bad(prefix + field + "[" + i + "]", String.valueOf(a.get(i)), Messages.text(locale, "api.param.string"));
            }
            out.add(s.getString());
        }
        return out;
    }

    public List<Integer> integers(String field) {
        List<Integer> out = new ArrayList<>();
        JsonArray a = array(field);
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof JsonNumber n) || !n.isIntegral() || n.bigDecimalValue().abs().longValue() > 1000) {
                throw Params.bad(prefix + field + "[" + i + "]", String.valueOf(a.get(i)), Messages.text(locale, "api.param.range", 0, 1000));
            }
            out.add(n.intValue());
        }
        return out;
    }

    /** Each object of an array field, as fields of its own. */
    public List<JsonFields> objects(String field) {
        List<JsonFields> out = new ArrayList<>();
        JsonArray a = array(field);
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof JsonObject o)) {
                throw Params.bad(prefix + field + "[" + i + "]", String.valueOf(a.get(i)), Messages.text(locale, "api.param.json"));
            }
            out.add(new JsonFields(o, prefix + field + "[" + i + "].", locale));
        }
        return out;
    }

    private JsonArray array(String field) {
        JsonValue v = object.get(field);
        if (v == null || v == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (v instanceof JsonArray a) {
            return a;
        }
        throw Params.bad(prefix + field, v.toString(), Messages.text(locale, "api.param.array"));
    }
}
