package org.kaowu.api.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.MediaType;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Paging;
import org.kaowu.shared.PageRequest;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.Verifications;
import org.kaowu.shared.DomainException;

import java.util.List;

/** The integrity archive (诚信档案库): the latest records and one person's, numbers masked by the core. */
@Path("office")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class IntegrityResource extends OfficeEndpoint {

    @EJB
    private Verifications verifications;

    /** {@code validUntil} null: long-term; {@code endedOn}: ended by an appeal, a correction or the V24 migration. */
    public record RecordView(long id, String idNumberMasked, String kind, String severity, String validFrom,
                             String validUntil, String reason, String sourceRef, String endedOn, String endedReason,
                             String ruleCode) {
        static RecordView of(Verifications.RecordRow r) {
            return new RecordView(r.id(), r.idNumber(), r.kind().name(), r.severity().name(), r.validFrom().toString(),
                    r.validUntil() == null ? null : r.validUntil().toString(), r.reason(), r.sourceRef(),
                    r.endedOn() == null ? null : r.endedOn().toString(), r.endedReason(), r.ruleCode());
        }
    }

    /** The integrity archive, newest first (numbers masked): one page of it. */
    @GET
    @Path("integrity")
    public Response integrity(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        var found = verifications.integrityRecords(null, request);
        return paged(views(found.rows()), found, request);
    }

    /**
     * One person's records: {@code {"idNumber": "…"}} in the body, so that no number lands in a URL or an access log.
     * {@code page} and {@code size} as for the archive.
     */
    @POST
    @Path("integrity/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response integrity(JsonObject body, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, locale());
        String idNumber = JsonFields.of(body, locale()).text("idNumber");
        if (idNumber == null) {
            throw DomainException.badInput("invalid-search", "idNumber", "profile.id.length");
        }
        var found = verifications.integrityRecords(IdNumbers.normalize(idNumber), request);
        return paged(views(found.rows()), found, request);
    }

    private static List<RecordView> views(List<Verifications.RecordRow> rows) {
        return rows.stream().map(RecordView::of).toList();
    }
}
