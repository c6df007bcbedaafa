package org.kaowu.api.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Uploads;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.OfficeRegistrations;

import java.io.InputStream;
import java.util.List;

/** Payments the office records: one by hand, or the bank's reconciliation file. */
@Path("office")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OFFICE_NAME)
public class OfficePaymentResource extends OfficeEndpoint {

    @EJB
    private OfficeRegistrations office;

    @POST
    @Path("registrations/{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationResource.View pay(@PathParam("id") long id, JsonObject body) {
        return RegistrationResource.View.of(office.confirmPayment(id, JsonFields.of(body, locale()).text("reference"), actor()));
    }

    /** The bank's reconciliation file (CSV {@code payment_ref,amount,paid_at,bank_txn}); answers each line's outcome. */
    @POST
    @Path("payments/reconcile")
    public List<OfficeRegistrations.ReconciledLine> reconcile(InputStream body) {
        Uploads.accept(headers(), "file", "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM);
        byte[] file = Uploads.read(body, headers(), OfficeRegistrations.MAX_BANK_FILE_BYTES, "file");
        return office.reconcile(file, actor());
    }
}
