package org.kaowu.plan;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The windows of one exam (national, or one area's override) as the moments their edges pass. Plans usually give
 * dates; a date that opens something means its first moment (00:00 Beijing time), a date that closes something means
 * its last (24:00), see {@link PlanFile}.
 */
public record Timeline(Instant registrationOpens, Instant registrationCloses, Instant withdrawalDeadline,
                       Instant verificationDeadline, Instant ticketsOpen, Instant ticketsClose,
                       Instant examStart, Instant examEnd, Instant scoreRelease, Instant certificatesFrom)
        implements Serializable {

    public static final List<String> EDGES = List.of("registrationOpens", "registrationCloses", "withdrawalDeadline",
            "verificationDeadline", "ticketsOpen", "ticketsClose", "examStart", "examEnd", "scoreRelease",
            "certificatesFrom");
    /** Edges given as a date that close something: they pass at the end of that day. */
    public static final List<String> CLOSING = List.of("registrationCloses", "withdrawalDeadline",
            "verificationDeadline", "ticketsClose", "examEnd");

    /** One edge of the calendar: the moment a phase begins, or a deadline passes (phase null). */
    public record Edge(String name, Instant at, ExamPhase phase) implements Serializable {
    }

    public static Timeline of(Map<String, Instant> edges) {
        return new Timeline(edges.get("registrationOpens"), edges.get("registrationCloses"),
                edges.get("withdrawalDeadline"), edges.get("verificationDeadline"), edges.get("ticketsOpen"),
                edges.get("ticketsClose"), edges.get("examStart"), edges.get("examEnd"), edges.get("scoreRelease"),
                edges.get("certificatesFrom"));
    }

    /** Every edge, in time order. */
    public List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        moments().forEach((name, at) -> edges.add(new Edge(name, at, phaseStartedBy(name))));
        edges.sort(Comparator.comparing(Edge::at));
        return edges;
    }

    static ExamPhase phaseStartedBy(String edge) {
        return switch (edge) {
            case "registrationOpens" -> ExamPhase.REGISTRATION_OPEN;
            case "registrationCloses" -> ExamPhase.REGISTRATION_CLOSED;
            case "ticketsOpen" -> ExamPhase.TICKETS;
            case "examStart" -> ExamPhase.EXAM;
            case "examEnd" -> ExamPhase.SCORING;
            case "scoreRelease" -> ExamPhase.RESULTS;
            case "certificatesFrom" -> ExamPhase.CERTIFICATES;
            default -> null;
        };
    }

    /**
     * The phase at {@code now}: the latest phase whose edge has passed. Derived from the windows alone, so a job that
     * fired twice, late or not at all cannot leave an exam in the wrong phase.
     */
    public ExamPhase phaseAt(Instant now) {
        ExamPhase phase = ExamPhase.UPCOMING;
        for (Edge e : edges()) {
            if (e.phase() != null && !now.isBefore(e.at()) && e.phase().compareTo(phase) > 0) {
                phase = e.phase();
            }
        }
        return phase;
    }

    /** The edges by name, in the plan's order. */
    public Map<String, Instant> moments() {
        Map<String, Instant> m = new LinkedHashMap<>();
        m.put("registrationOpens", registrationOpens);
        m.put("registrationCloses", registrationCloses);
        m.put("withdrawalDeadline", withdrawalDeadline);
        m.put("verificationDeadline", verificationDeadline);
        m.put("ticketsOpen", ticketsOpen);
        m.put("ticketsClose", ticketsClose);
        m.put("examStart", examStart);
        m.put("examEnd", examEnd);
        m.put("scoreRelease", scoreRelease);
        m.put("certificatesFrom", certificatesFrom);
        return m;
    }

    public boolean complete() {
        return moments().values().stream().allMatch(Objects::nonNull);
    }
}
