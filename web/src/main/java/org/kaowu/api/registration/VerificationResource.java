package org.kaowu.api.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Paging;
import org.kaowu.api.Params;
import org.kaowu.plan.PlanFile;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.Registrations;
import org.kaowu.registration.VerificationCampaign;
import org.kaowu.registration.VerificationTask;
import org.kaowu.registration.Verifications;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Messages;
import org.kaowu.shared.PageRequest;

import java.time.Instant;
import java.util.List;

/**
 * Verification of commitments: campaigns over an exam, targeted cases, the verifiers' tasks (names and numbers masked
 * by the core), their assignment and outcome.
 */
@Path("office")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class VerificationResource extends OfficeEndpoint {

    @Inject
    private AuthorityClock clock;

    @EJB
    private Registrations registrations;

    @EJB
    private Verifications verifications;

    public record TaskView(long id, long registrationId, String candidate, String idNumberMasked, String reason,
                           String note, String verifier, String status, String outcome, String evidence, Instant dueAt,
                           boolean overdue, String registrationStatus) {
        static TaskView of(Verifications.TaskRow row, Instant now) {
            VerificationTask t = row.task();
            return new TaskView(t.getId(), t.getRegistrationId(), row.candidate(), row.idNumber(), t.getReason().name(),
                    t.getNote(), t.getVerifier(), t.getStatus().name(), t.getOutcome() == null ? null : t.getOutcome().name(),
                    t.getEvidence(), t.getDueAt(), t.overdue(now), row.registrationStatus().name());
        }
    }

    public record CampaignView(long id, long examId, String name, String mode, Integer samplePercent, Long seed,
                               int population, int drawn, Instant deadline, String createdBy, Instant createdAt) {
        static CampaignView of(VerificationCampaign c) {
            return new CampaignView(c.getId(), c.getExamId(), c.getName(), c.getMode().name(), c.getSamplePercent(),
                    c.getSeed(), c.getPopulation(), c.getDrawn(), c.getDeadline(), c.getCreatedBy(), c.getCreatedAt());
        }
    }

    /**
     * A campaign over an exam's commitments: {@code {"year", "examCode", "name", "mode": "ALL" | "SAMPLE",
     * "percent", "seed" (optional: drawn at random and recorded), "deadline" (optional: the exam's verification deadline)}}.
     */
    @POST
    @Path("verification/campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response campaign(JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        Integer year = f.integer("year");
        long examId = registrations.exam(year == null ? 0 : year, f.text("examCode")).getId();
        String deadline = f.text("deadline");
        Instant due = deadline == null ? null : PlanFile.moment(deadline, true);
        if (deadline != null && due == null) {
            throw Params.bad("deadline", deadline, Messages.text(locale(), "plan.row.badMoment", deadline));
        }
        String seed = f.text("seed");
        Long seedValue;
        try {
            seedValue = seed == null ? null : Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw Params.bad("seed", seed, Messages.text(locale(), "api.param.range", Long.MIN_VALUE, Long.MAX_VALUE));
        }
        VerificationCampaign c = verifications.create(examId, f.text("name"),
                f.enumValue("mode", VerificationCampaign.Mode.class), f.integer("percent"), seedValue, due, actor());
        return Response.status(Response.Status.CREATED).entity(CampaignView.of(c)).build();
    }

    @GET
    @Path("verification/campaigns")
    public Response campaigns(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        var found = verifications.campaigns(request);
        return paged(found.rows().stream().map(CampaignView::of).toList(), found, request);
    }

    /** The campaign's tasks, names and numbers masked, overdue ones marked. */
    @GET
    @Path("verification/campaigns/{id}/tasks")
    public Response tasks(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        verifications.campaign(id);
        Instant now = clock.now();
        var found = verifications.taskRows(id, request);
        return paged(found.rows().stream().map(t -> TaskView.of(t, now)).toList(), found, request);
    }

    private TaskView task(VerificationTask t) {
        return TaskView.of(verifications.taskRow(t.getId()), clock.now());
    }

    /** {@code {"registrationId", "reason": "FLAGGED" | "REPORTED" | "BORDERLINE", "note"}}. */
    @POST
    @Path("verification/campaigns/{id}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response target(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        Integer registration = f.integer("registrationId");
        VerificationTask t = verifications.target(id, registration == null ? -1 : registration,
                f.enumValue("reason", VerificationTask.Reason.class), f.text("note"), actor());
        return Response.status(Response.Status.CREATED).entity(task(t)).build();
    }

    @POST
    @Path("verification/tasks/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView assign(@PathParam("id") long id, JsonObject body) {
        return task(verifications.assign(id, JsonFields.of(body, locale()).text("verifier"), actor()));
    }

    /** {@code {"outcome": "CONFIRMED" | "NOT_MET" | "FRAUD" | "UNABLE", "evidence": "…"}}. */
    @POST
    @Path("verification/tasks/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView decide(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        return task(verifications.decide(id, f.enumValue("outcome", VerificationTask.Outcome.class), f.text("evidence"), actor()));
    }
}
