package org.kaowu.api.plan;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.kaowu.api.Params;
import org.kaowu.plan.PlanData;
import org.kaowu.plan.PlanFile;
import org.kaowu.plan.SessionMode;
import org.kaowu.plan.Timeline;
import org.kaowu.shared.Messages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One exam as the editor's API takes it, the same shape {@code GET /api/plans/{year}} answers: code, qualification,
 * subItem, levels, windows (edge → date or date and time), areas (area → windows), subjects and sessions. A value of
 * the wrong kind is a 400 naming the field; the rules of a well-formed exam are the service's (422, every problem).
 */
final class ExamJson {

    private final Locale locale;

    private ExamJson(Locale locale) {
        this.locale = locale;
    }

    static PlanData.ExamData read(JsonObject body, Locale locale) {
        return new ExamJson(locale).exam(body);
    }

    private PlanData.ExamData exam(JsonObject o) {
        List<String> levels = new ArrayList<>();
        JsonArray levelArray = array(o, "levels");
        for (int i = 0; i < levelArray.size(); i++) {
            levels.add(string(levelArray.get(i), "levels[" + i + "]"));
        }
        List<PlanData.SubjectData> subjects = new ArrayList<>();
        JsonArray subjectArray = array(o, "subjects");
        for (int i = 0; i < subjectArray.size(); i++) {
            JsonObject s = object(subjectArray.get(i), "subjects[" + i + "]");
            String at = "subjects[" + i + "].";
            Integer duration = integer(s, at + "durationMinutes", "durationMinutes");
            subjects.add(new PlanData.SubjectData(text(s, "level", at), text(s, "code", at), text(s, "name", at),
                    duration == null ? 0 : duration, decimal(s, at + "fullMarks", "fullMarks"),
                    decimal(s, at + "passMark", "passMark"), integer(s, at + "rollingYears", "rollingYears"),
                    decimal(s, at + "fee", "fee")));
        }
        List<PlanData.SessionData> sessions = new ArrayList<>();
        JsonArray sessionArray = array(o, "sessions");
        for (int i = 0; i < sessionArray.size(); i++) {
            JsonObject s = object(sessionArray.get(i), "sessions[" + i + "]");
            String at = "sessions[" + i + "].";
            String mode = text(s, "mode", at);
            sessions.add(new PlanData.SessionData(i + 1, text(s, "level", at), text(s, "subjectCode", at),
                    Params.date(at + "date", text(s, "date", at), locale), time(s, at + "start", "start"),
                    time(s, at + "end", "end"),
                    mode == null ? SessionMode.PAPER : Params.enumValue(at + "mode", mode, SessionMode.class, locale)));
        }
        Map<String, Timeline> areas = new LinkedHashMap<>();
        Timeline national = windows(o.get("windows"), "windows", Map.of());
        if (o.get("areas") instanceof JsonObject a) {
            for (String area : a.keySet()) {
                areas.put(area, windows(a.get(area), "areas." + area, national.moments()));
            }
        }
        return new PlanData.ExamData(0, text(o, "code", ""), text(o, "qualification", ""), text(o, "subItem", ""),
                levels, subjects, sessions, national, areas);
    }

    /** An area's windows fall back on the national ones, as in the plan file. */
    private Timeline windows(JsonValue value, String name, Map<String, Instant> fallback) {
        JsonObject w = value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        Map<String, Instant> moments = new HashMap<>(fallback);
        for (String edge : w.keySet()) {
            if (!Timeline.EDGES.contains(edge)) {
                throw Params.bad(name + "." + edge, edge, String.join(", ", Timeline.EDGES));
            }
            String v = string(w.get(edge), name + "." + edge);
            Instant at = PlanFile.moment(v, Timeline.CLOSING.contains(edge));
            if (at == null) {
                throw Params.bad(name + "." + edge, v, Messages.text(locale, "plan.row.badMoment", v));
            }
            moments.put(edge, at);
        }
        return Timeline.of(moments);
    }

    private JsonArray array(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (v instanceof JsonArray a) {
            return a;
        }
        throw Params.bad(name, v.toString(), Messages.text(locale, "api.param.array"));
    }

    private JsonObject object(JsonValue v, String name) {
        if (v instanceof JsonObject o) {
            return o;
        }
        throw Params.bad(name, String.valueOf(v), Messages.text(locale, "api.param.json"));
    }

    private String string(JsonValue v, String name) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw Params.bad(name, String.valueOf(v), Messages.text(locale, "api.param.string"));
    }

    /** A text field, blank as null. */
    private String text(JsonObject o, String field, String prefix) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        String s = string(v, prefix + field).strip();
        return s.isEmpty() ? null : s;
    }

    private Integer integer(JsonObject o, String name, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(100000)) < 0) {
            return n.intValue();
        }
        throw Params.bad(name, v.toString(), Messages.text(locale, "api.param.range", 0, 100000));
    }

    private BigDecimal decimal(JsonObject o, String name, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        throw Params.bad(name, v.toString(), Messages.text(locale, "plan.row.marks", v.toString()));
    }

    private LocalTime time(JsonObject o, String name, String field) {
        String v = text(o, field, "");
        if (v == null) {
            return null;
        }
        try {
            return LocalTime.parse(v);
        } catch (DateTimeParseException e) {
            throw Params.bad(name, v, Messages.text(locale, "plan.row.badSession"));
        }
    }
}
