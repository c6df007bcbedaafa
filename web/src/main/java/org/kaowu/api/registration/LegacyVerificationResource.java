package org.kaowu.api.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import org.kaowu.platform.security.Role;
import org.kaowu.registration.VerificationTask;
import org.kaowu.registration.Verifications;
import org.kaowu.shared.PageRequest;

import java.time.Instant;

/**
 * Tasks decided FALSE before V24, when "does not meet the conditions" and "false documents" were one outcome: the
 * list ({@code GET /api/office/verification/legacy}, unclassified first) and their classification
 * ({@code POST /api/office/verification/tasks/{id}/classification} {@code {"outcome": "NOT_MET" | "FRAUD",
 * "reason": "…"}}; FRAUD opens an Art. 10 case). Audited.
 */
@Path("office")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class LegacyVerificationResource extends OfficeEndpoint {

    @EJB
    private Verifications verifications;

    public record LegacyView(long id, long registrationId, String candidate, String idNumberMasked, String outcome,
                             String evidence, Instant decidedAt, String decidedBy, String classifiedAs,
                             String classificationReason, Instant classifiedAt, String classifiedBy) {
        static LegacyView of(Verifications.TaskRow row) {
            VerificationTask t = row.task();
            return new LegacyView(t.getId(), t.getRegistrationId(), row.candidate(), row.idNumber(),
                    t.getOutcome() == null ? null : t.getOutcome().name(), t.getEvidence(), t.getDecidedAt(),
                    t.getDecidedBy(), t.getClassifiedAs() == null ? null : t.getClassifiedAs().name(),
                    t.getClassificationReason(), t.getClassifiedAt(), t.getClassifiedBy());
        }
    }

    @GET
    @Path("verification/legacy")
    public Response legacy(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        var found = verifications.legacyTasks(request);
        return paged(found.rows().stream().map(LegacyView::of).toList(), found, request);
    }

    @POST
    @Path("verification/tasks/{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    public LegacyView classify(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        verifications.classify(id, f.enumValue("outcome", VerificationTask.Outcome.class), f.text("reason"), actor());
        return LegacyView.of(verifications.taskRow(id));
    }
}
