package org.kaowu.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.platform.scheduling.Scheduling;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.ClockRewound;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The authority clock, for tests: read it anywhere; move it only on a server started with
 * {@code -Dkaowu.clock.adjustable=true} (the production run command never sets it; elsewhere a move is 409
 * {@code clock-not-adjustable}). {@code {"now": "2040-09-08T09:00:00+08:00"}} sets it, {@code {"advance": "PT2H"}}
 * moves it on, {@code {"reset": true}} returns to the system's time. Moving forward fires, exactly once, every trigger
 * that fell due (edges, deadlines) and answers when that work is done; moving back schedules again what now lies ahead
 * and settles every phase.
 */
@Path("admin/clock")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    @Inject
    private AuthorityClock clock;

    @EJB
    private Scheduling scheduling;

    @Inject
    private Event<ClockRewound> rewound;

    @Context
    private HttpHeaders headers;

    public record State(Instant now, boolean adjustable, boolean moved, List<String> fired, boolean settled) {
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public State state() {
        return new State(clock.now(), AuthorityClock.adjustable(), clock.moved(), List.of(), true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public State move(JsonObject body) {
        Locale locale = Problems.locale(headers.getAcceptableLanguages());
        if (!AuthorityClock.adjustable()) {
            throw DomainException.conflict("clock-not-adjustable", "now", "clock.notAdjustable");
        }
        JsonFields f = JsonFields.of(body, locale);
        Instant from = clock.now();
        Instant to;
        if (f.flag("reset")) {
            to = Instant.now();
        } else if (f.text("now") != null) {
            try {
                to = OffsetDateTime.parse(f.text("now")).toInstant();
            } catch (DateTimeParseException e) {
                throw Params.bad("now", f.text("now"), Messages.text(locale, "clock.badMoment"));
            }
        } else if (f.text("advance") != null) {
            try {
                to = from.plus(Duration.parse(f.text("advance")));
            } catch (DateTimeParseException e) {
                throw Params.bad("advance", f.text("advance"), Messages.text(locale, "clock.badDuration"));
            }
        } else {
            throw Params.bad("now", "", Messages.text(locale, "clock.badMoment"));
        }
        if (f.flag("reset")) {
            clock.reset();
        } else {
            clock.set(to);
        }
        List<String> fired = List.of();
        if (to.isBefore(from)) {
            rewound.fire(new ClockRewound(from, to));
        } else {
            fired = scheduling.fireDue(to);
        }
        boolean settled = scheduling.awaitIdle(clock.now(), Duration.ofSeconds(60));
        return new State(clock.now(), true, clock.moved(), fired, settled);
    }
}
