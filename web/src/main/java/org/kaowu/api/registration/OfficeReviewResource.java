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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Paging;
import org.kaowu.api.Params;
import org.kaowu.shared.PageRequest;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.OfficeRegistrations;
import org.kaowu.registration.RegistrationDocument;
import org.kaowu.registration.Registrations;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The office's review of proof: the queue, one registration with its documents, the decision. The candidate's data
 * come from the core as the office may see them: in full only while the proof is under review, otherwise masked.
 */
@Path("office")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class OfficeReviewResource extends OfficeEndpoint {

    @EJB
    private OfficeRegistrations office;

    @EJB
    private Registrations registrations;

    public record Document(long id, String fileName, String contentType, int size, Instant uploadedAt) {
    }

    /** A registration with its candidate: in full while its proof is under review (reviewers need it), else masked. */
    public record Review(RegistrationResource.View registration, String realName, String idType, String idNumber,
                         String birthDate, String sex, String mobile, String education, String school, String major,
                         String graduationDate, String educationCertificate, List<ProfileResource.Work> work,
                         List<Document> documents) {
    }

    @GET
    @Path("registrations/review")
    public Response queue(@QueryParam("year") String year, @QueryParam("exam") String exam,
                          @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        Long examId = exam == null || exam.isBlank() ? null
                : registrations.exam(Params.range("year", year, 2000, 2100, 0, locale()), exam).getId();
        var found = office.reviewQueue(examId, request);
        return paged(found.rows().stream().map(this::review).toList(), found, request);
    }

    /** One registration; its candidate in full only while it is proof under review, otherwise masked. */
    @GET
    @Path("registrations/{id}")
    public Review registration(@PathParam("id") long id) {
        return review(office.registrationRow(id));
    }

    private Review review(OfficeRegistrations.Row row) {
        OfficeRegistrations.Candidate c = row.candidate();
        List<Document> docs = registrations.documentInfo(row.registration().getId()).stream()
                .map(d -> new Document(d.id(), d.fileName(), d.contentType(), d.size(), d.uploadedAt())).toList();
        return new Review(RegistrationResource.View.of(row.registration()), c.realName(), c.idType().name(), c.idNumber(),
                Objects.toString(c.birthDate(), null), c.sex(), c.mobile(), c.education().name(), c.school(), c.major(),
                Objects.toString(c.graduationDate(), null), c.educationCertificate(),
                c.work().stream().map(w -> new ProfileResource.Work(w.employer(), Objects.toString(w.from(), null),
                        Objects.toString(w.to(), null), w.field())).toList(), docs);
    }

    @GET
    @Path("registrations/{id}/documents/{doc}")
    @Produces({"application/pdf", "image/jpeg"})
    public Response document(@PathParam("id") long id, @PathParam("doc") long doc) {
        RegistrationDocument d = registrations.document(id, doc);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        // Always a download, never rendered by the browser in the application's origin.
        return Response.ok(d.getContent(), d.getContentType()).cacheControl(noStore)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", org.kaowu.api.Downloads.attachment(d.getFileName(),
                        d.getContentType().equals("application/pdf") ? ".pdf" : ".jpg", "document-" + d.getId())).build();
    }

    /** {@code {"decision": "APPROVE" | "REJECT" | "ASK_MORE", "note": "…"}}; a note is required unless approving. */
    @POST
    @Path("registrations/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationResource.View review(@PathParam("id") long id, JsonObject body) {
        JsonFields f = JsonFields.of(body, locale());
        OfficeRegistrations.Decision decision = f.enumValue("decision", OfficeRegistrations.Decision.class);
        if (decision == null) {
            throw DomainException.badInput("invalid-review", "decision", "registration.review.decision");
        }
        return RegistrationResource.View.of(office.review(id, decision, f.text("note"), actor()));
    }
}
