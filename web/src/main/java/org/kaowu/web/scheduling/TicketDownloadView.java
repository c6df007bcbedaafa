package org.kaowu.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.api.Downloads;
import org.kaowu.scheduling.documents.Tickets;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.registration.CurrentAccount;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The candidate's admission ticket from 我的报名: the PDF as a download, or, outside the ticket window (or without a
 * seat), the reason as a message on the page. The window is the server's check ({@link Tickets#download}).
 */
@Named
@RequestScoped
public class TicketDownloadView {

    @EJB
    private Tickets tickets;

    @Inject
    private CurrentAccount account;

    public void download(long registrationId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Tickets.Ticket t;
        try {
            t = tickets.download(account.id(), registrationId, FacesFeedback.locale());
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
            return;
        }
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("application/pdf");
        ext.setResponseContentLength(t.pdf().length);
        ext.setResponseHeader("Content-Disposition", Downloads.attachment(t.fileName(), ".pdf", "ticket.pdf"));
        ext.setResponseHeader("Cache-Control", "no-store");
        try {
            ext.getResponseOutputStream().write(t.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
