package org.kaowu.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.scheduling.documents.TicketPdf;
import org.kaowu.scheduling.documents.Tickets;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The check of an admission ticket at the door (supervisor/check): staff scan the ticket's QR code (a scanner types it
 * into the field) or paste it; a valid ticket shows the photo, name, masked identity number, ticket number, exam,
 * sessions and each day's site, room and seat; a forged, altered, expired, voided or replaced one is refused beside
 * the field. The photo is put in the page itself (a data URI), so it has no address of its own.
 */
@Named
@ViewScoped
public class TicketCheckView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("token", "check-form:token");

    @EJB
    private Tickets tickets;

    private String token;
    private Result result;

    public record Line(String day, String time, String text) implements Serializable {
        public String getDay() { return day; }
        public String getTime() { return time; }
        public String getText() { return text; }
    }

    public record Result(String name, String maskedIdNumber, String ticketNumber, String exam, String area,
                         String photo, List<Line> sessions, List<Line> seats) implements Serializable {
        public String getName() { return name; }
        public String getMaskedIdNumber() { return maskedIdNumber; }
        public String getTicketNumber() { return ticketNumber; }
        public String getExam() { return exam; }
        public String getArea() { return area; }
        public String getPhoto() { return photo; }
        public List<Line> getSessions() { return sessions; }
        public List<Line> getSeats() { return seats; }
    }

    public void check() {
        result = null;
        String t = token;
        token = null;
        if (t == null || t.isBlank()) {
            FacesFeedback.refused(DomainException.badInput("ticket-invalid", "token", "ticket.check.empty"), FIELDS);
            return;
        }
        try {
            Tickets.Admitted a = tickets.check(t, FacesContext.getCurrentInstance().getExternalContext()
                    .getUserPrincipal().getName());
            DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
            result = new Result(a.name(), a.maskedIdNumber(), a.ticketNumber(), a.exam(), a.area(),
                    a.photo() == null ? null : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(a.photo()),
                    a.sessions().stream().map((TicketPdf.Session s) -> new Line(s.date().toString(),
                            hm.format(s.start()) + "–" + hm.format(s.end()), s.subject())).toList(),
                    a.seats().stream().map((TicketPdf.Seat s) -> new Line(s.day().toString(), s.room(),
                            s.site() + " · " + s.address() + " · " + FacesFeedback.text("ticketCheck.roomSeat",
                                    s.room(), s.seat()))).toList());
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Result getResult() { return result; }
}
