package org.kaowu.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.plan.TimelineRules;
import org.kaowu.registration.CommitmentWithdrawals;
import org.kaowu.registration.Notification;
import org.kaowu.registration.Notifications;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationDocuments;
import org.kaowu.registration.RegistrationPath;
import org.kaowu.registration.RegistrationStatus;
import org.kaowu.registration.Registrations;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The candidate's registrations: status, fee and payment reference, withdrawal, proof documents, and notices. */
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

    @Inject
    private CurrentAccount account;

    private List<Row> rows = List.of();
    private List<Notice> notices = List.of();
    private Long documentFor;
    private transient UploadedFile document;

    public record Row(long id, String exam, String level, String area, String subjects, String path, String status,
                      String fee, String payment, String paymentRef, String note, boolean withdrawable, boolean acceptsDocuments,
                      boolean identityPending) implements Serializable {
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
    }

    public record Notice(String title, String body, String at) implements Serializable {
        public String getTitle() { return title; }
        public String getBody() { return body; }
        public String getAt() { return at; }
    }

    @PostConstruct
    void load() {
        rows = registrations.of(account.id()).stream().map(MyRegistrationsView::row).toList();
        notices = notifications.of(account.id()).stream()
                .map((Notification n) -> new Notice(n.getTitle(), n.getBody(), TimelineRules.shown(n.getCreatedAt()))).toList();
    }

    private static Row row(Registration r) {
        String note = r.getStatus() == RegistrationStatus.VOIDED ? r.getVoidReason() : r.getReviewNote();
        return new Row(r.getId(), r.getPlanYear() + " · " + r.getExamCode(), r.getLevel() == null ? "" : r.getLevel(), r.getArea(),
                String.join("、", r.getSubjects()), r.getPath().name(), r.getStatus().name(), r.getFee().toPlainString(),
                r.getPayment().name(), r.payable() ? r.getPaymentRef() : "", note == null ? "" : note,
                r.getPath() == RegistrationPath.COMMITMENT && r.getStatus() == RegistrationStatus.ACCEPTED
                        && (r.getPayment() == org.kaowu.registration.Payment.UNPAID || r.getFee().signum() == 0),
                r.underReview(), r.isIdentityPending());
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

    public void upload() {
        if (documentFor == null) {
            FacesFeedback.error("document-form:target", FacesFeedback.text("register.chooseExam"));
            return;
        }
        if (document == null || document.getSize() == 0) {
            FacesFeedback.error("document-form:document", FacesFeedback.core("registration.document.invalid", 2));
            return;
        }
        if (document.getSize() > org.kaowu.registration.RegistrationDocument.MAX_BYTES) {
            // Told before the file is read into memory.
            FacesFeedback.error("document-form:document", FacesFeedback.core("registration.document.invalid",
                    org.kaowu.registration.RegistrationDocument.MAX_BYTES / 1024 / 1024));
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
    public List<Notice> getNotices() { return notices; }
    public Long getDocumentFor() { return documentFor; }
    public void setDocumentFor(Long documentFor) { this.documentFor = documentFor; }
    public UploadedFile getDocument() { return document; }
    public void setDocument(UploadedFile document) { this.document = document; }
}
