package org.kaowu.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.plan.Exam;
import org.kaowu.registration.CommitmentWithdrawals;
import org.kaowu.registration.Notification;
import org.kaowu.registration.Notifications;
import org.kaowu.registration.Payment;
import org.kaowu.registration.PaymentInstructions;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationDocument;
import org.kaowu.registration.RegistrationDocuments;
import org.kaowu.registration.RegistrationPath;
import org.kaowu.registration.RegistrationStatus;
import org.kaowu.registration.Registrations;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The candidate's registrations: status, fee and how to pay it (amount, payment reference, the office's instructions for
 * the registration's area), withdrawal, proof documents (the list, adding and taking one back while the office has not
 * decided), and notices. Everything shown in the page's language, times in Beijing time.
 */
@Named
@ViewScoped
public class MyRegistrationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Registrations registrations;

    @EJB
    private CommitmentWithdrawals withdrawals;

    @EJB
    private RegistrationDocuments documents;

    @EJB
    private Notifications notifications;

    @EJB
    private PaymentInstructions instructions;

    @EJB
    private org.kaowu.scheduling.SeatAllocator seating;

    @Inject
    private CurrentAccount account;

    @Inject
    private org.kaowu.web.LocaleView localeView;

    private List<Row> rows = List.of();
    private List<Notice> notices = List.of();
    private List<Admission> admissions = List.of();
    private Long documentFor;
    private transient UploadedFile document;

    public record Row(long id, String exam, String level, String area, String subjects, String path, String status,
                      String fee, String payment, String paymentRef, String note, boolean withdrawable, boolean acceptsDocuments,
                      boolean identityPending, boolean payable, String paymentInstructions, boolean proof,
                      List<Document> documents) implements Serializable {
        public long getId() { return id; }
        public String getExam() { return exam; }
        public String getLevel() { return level; }
        public String getArea() { return area; }
        public String getSubjects() { return subjects; }
        public String getPath() { return path; }
        public String getStatus() { return status; }
        public String getFee() { return fee; }
        public String getPayment() { return payment; }
        public String getPaymentRef() { return paymentRef; }
        public String getNote() { return note; }
        public boolean isWithdrawable() { return withdrawable; }
        public boolean isAcceptsDocuments() { return acceptsDocuments; }
        public boolean isIdentityPending() { return identityPending; }
        public boolean isPayable() { return payable; }
        public String getPaymentInstructions() { return paymentInstructions; }
        public boolean isProof() { return proof; }
        public List<Document> getDocuments() { return documents; }
    }

    /** One proof document as the candidate sees it: the name they gave it, its kind, size and when it arrived. */
    public record Document(long id, String fileName, String kind, String size, String uploadedAt) implements Serializable {
        public long getId() { return id; }
        public String getFileName() { return fileName; }
        public String getKind() { return kind; }
        public String getSize() { return size; }
        public String getUploadedAt() { return uploadedAt; }
    }

    /** A registration's admission (准考证): the ticket number and each exam day's seat, shown once tickets are open. */
    public record Admission(long id, String exam, String level, String ticketNumber, List<Seat> seats)
            implements Serializable {
        public long getId() { return id; }
        public String getExam() { return exam; }
        public String getLevel() { return level; }
        public String getTicketNumber() { return ticketNumber; }
        public List<Seat> getSeats() { return seats; }
    }

    /** One exam day's seat: the day, site name and address, room and seat number. */
    public record Seat(String day, String site, String address, String room, int seat) implements Serializable {
        public String getDay() { return day; }
        public String getSite() { return site; }
        public String getAddress() { return address; }
        public String getRoom() { return room; }
        public int getSeat() { return seat; }
    }

    public List<Admission> getAdmissions() { return admissions; }

    public record Notice(String title, String body, String at) implements Serializable {
        public String getTitle() { return title; }
        public String getBody() { return body; }
        public String getAt() { return at; }
    }

    @PostConstruct
    void load() {
        Locale locale = localeView.getLocale();
        Map<String, String> names = new HashMap<>();
        rows = registrations.of(account.id()).stream().map(r -> row(r, names, locale)).toList();
        Map<Long, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        admissions = seating.admissions(account.id()).values().stream().filter(a -> byId.containsKey(a.registrationId()))
                .map(a -> new Admission(a.registrationId(), byId.get(a.registrationId()).exam(),
                        byId.get(a.registrationId()).level(), a.ticketNumber(), a.days().stream()
                        .map(d -> new Seat(d.day().toString(), d.siteName(), d.siteAddress(), d.roomNumber(),
                                d.seatNumber())).toList())).toList();
        notices = notifications.of(account.id()).stream()
                .map((Notification n) -> new Notice(n.title(locale), n.body(locale), CandidateTexts.at(n.getCreatedAt(), locale))).toList();
    }

    private Row row(Registration r, Map<String, String> names, Locale locale) {
        String note = r.getStatus() == RegistrationStatus.VOIDED ? CandidateTexts.voidReason(r.getVoidReason(), locale) : r.getReviewNote();
        String exam = names.computeIfAbsent(r.getPlanYear() + ":" + r.getExamCode(), k -> examName(r));
        boolean payable = r.payable();
        String how = null;
        if (payable) {
            how = instructions.forArea(r.getArea()).map(p -> p.text(locale)).orElse(CandidateTexts.text(locale, "myRegistrations.pay.noInstructions"));
        }
        List<Document> docs = r.getPath() == RegistrationPath.PROOF
                ? documents.mine(account.id(), r.getId()).stream().map(d -> new Document(d.id(), d.fileName(),
                CandidateTexts.text(locale, "myRegistrations.document.kind." + (d.contentType().equals("application/pdf") ? "pdf" : "jpeg")),
                CandidateTexts.size(d.size()), CandidateTexts.at(d.uploadedAt(), locale))).toList()
                : List.of();
        return new Row(r.getId(), exam, r.getLevel() == null ? "" : r.getLevel(), r.getArea(),
                String.join("、", r.getSubjects()), r.getPath().name(), r.getStatus().name(), CandidateTexts.amount(r.getFee()),
                r.getPayment().name(), payable ? r.getPaymentRef() : "", note == null ? "" : note,
                r.getPath() == RegistrationPath.COMMITMENT && r.getStatus() == RegistrationStatus.ACCEPTED
                        && (r.getPayment() == Payment.UNPAID || r.getFee().signum() == 0),
                r.underReview(), r.isIdentityPending(), payable, how, r.getPath() == RegistrationPath.PROOF, docs);
    }

    /** "2040 · 经济专业技术资格": the year and the qualification, as candidates know the exam. */
    private String examName(Registration r) {
        try {
            Exam e = registrations.exam(r.getPlanYear(), r.getExamCode());
            return r.getPlanYear() + " · " + e.getCatalogueName() + (e.getSubItem() == null ? "" : "（" + e.getSubItem() + "）");
        } catch (DomainException gone) {
            return r.getPlanYear() + " · " + r.getExamCode();
        }
    }

    public void withdraw(long id) {
        try {
            withdrawals.withdraw(account.id(), id, account.name());
            FacesFeedback.info(FacesFeedback.text("myRegistrations.withdrawn"), "");
            load();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    /** Takes a document back (the core refuses once the office has decided); the list is read again either way. */
    public void removeDocument(long registrationId, long documentId) {
        try {
            documents.remove(account.id(), registrationId, documentId, account.name());
            FacesFeedback.info(FacesFeedback.text("myRegistrations.document.removed"), "");
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
        load();
    }

    public void upload() {
        if (documentFor == null) {
            FacesFeedback.error("document-form:target", FacesFeedback.text("register.chooseExam"));
            return;
        }
        if (document == null || document.getSize() == 0) {
            FacesFeedback.error("document-form:document", FacesFeedback.core("registration.document.invalid", 2));
            return;
        }
        if (document.getSize() > RegistrationDocument.MAX_BYTES) {
            // Told before the file is read into memory.
            FacesFeedback.error("document-form:document", FacesFeedback.core("registration.document.invalid",
                    RegistrationDocument.MAX_BYTES / 1024 / 1024));
            return;
        }
        try {
            documents.add(account.id(), documentFor, document.getFileName(), document.getContent(), account.name());
            FacesFeedback.info(FacesFeedback.text("myRegistrations.uploaded"), document.getFileName());
            load();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("document", "document-form:document"));
        }
    }

    public List<Row> getRows() { return rows; }
    public List<Row> getDocumentTargets() { return rows.stream().filter(Row::acceptsDocuments).toList(); }
    public List<Row> getPayable() { return rows.stream().filter(Row::payable).toList(); }
    public List<Row> getWithDocuments() { return rows.stream().filter(r -> r.proof() && (r.acceptsDocuments() || !r.documents().isEmpty())).toList(); }
    public List<Notice> getNotices() { return notices; }
    public Long getDocumentFor() { return documentFor; }
    public void setDocumentFor(Long documentFor) { this.documentFor = documentFor; }
    public UploadedFile getDocument() { return document; }
    public void setDocument(UploadedFile document) { this.document = document; }
}
