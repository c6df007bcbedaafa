package org.kaowu.api.conduct;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Problems;
import org.kaowu.conduct.MisconductRule;
import org.kaowu.conduct.RecordPeriod;
import org.kaowu.conduct.RuleBook;
import org.kaowu.conduct.ScoreVoid;
import org.kaowu.conduct.StaffBarPeriod;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The misconduct rules as data ({@code /api/conduct/rules}): the rules in force (OFFICE, ADMIN, SUPERVISOR), one
 * rule's history, and a revision ({@code POST /api/conduct/rules/{code}/revisions}, ADMIN only, audited).
 */
@Path("conduct/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICE_NAME, Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class RuleResource {

    @EJB
    private RuleBook rules;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    /** A rule as the API shows it: both languages of the behaviour, what it does, its source and its version. */
    public record RuleView(String code, int version, String party, int article, Integer item, String tier,
                           String behaviourZh, String behaviourEn, String scoreVoid, String recordPeriod,
                           String staffBar, boolean removal, boolean certificateVoid, boolean reminderRequired,
                           boolean policeReferral, List<Integer> escalatesTo, boolean provincial, String source,
                           LocalDate validFrom, LocalDate validUntil, Instant changedAt, String changedBy,
                           String changeReason) {
        static RuleView of(MisconductRule r) {
            var s = r.sanction();
            return new RuleView(r.getCode(), r.getVersion(), r.getParty().name(), r.getArticle(), r.getItem(), r.getTier(),
                    r.getBehaviourZh(), r.getBehaviourEn(), s.scoreVoid().name(), s.record().name(), s.staffBar().name(),
                    s.removal(), s.certificateVoid(), r.isReminderRequired(), s.policeReferral(), s.escalatesTo(),
                    r.isProvincial(), r.getSource(), r.getValidFrom(), r.getValidUntil(), r.getChangedAt(),
                    r.getChangedBy(), r.getChangeReason());
        }
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }

    @GET
    public List<RuleView> current() {
        return rules.current().stream().map(RuleView::of).toList();
    }

    /** Every version of a code, newest first (404 for an unknown code). */
    @GET
    @Path("{code}/history")
    public List<RuleView> history(@PathParam("code") String code) {
        List<MisconductRule> versions = rules.history(code);
        if (versions.isEmpty()) {
            throw new DomainException("conduct/unknown-rule", 404, "code", "conduct.rule.unknown", code);
        }
        return versions.stream().map(RuleView::of).toList();
    }

    /**
     * {@code {"behaviourZh","behaviourEn","scoreVoid","recordPeriod","staffBar","reminderRequired","provincial",
     * "source","reason"}}: a new version in force from today; the old one kept with its end date. ADMIN only.
     */
    @POST
    @Path("{code}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response revise(@PathParam("code") String code, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        RuleBook.Revision change = new RuleBook.Revision(f.text("behaviourZh"), f.text("behaviourEn"),
                f.enumValue("scoreVoid", ScoreVoid.class), f.enumValue("recordPeriod", RecordPeriod.class),
                f.enumValue("staffBar", StaffBarPeriod.class), f.flag("reminderRequired"), f.flag("provincial"),
                f.text("source"));
        MisconductRule next = rules.revise(code, change, f.text("reason"), security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(RuleView.of(next)).build();
    }
}
