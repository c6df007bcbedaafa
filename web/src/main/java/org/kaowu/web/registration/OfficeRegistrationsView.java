package org.kaowu.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.kaowu.registration.OfficeRegistrations;
import org.kaowu.registration.RegistrationStatus;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.PageRequest;
import org.kaowu.web.FacesFeedback;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The office's registration desk: statistics with a chart, payments (bank file or by hand), identity cases. */
@Named
@ViewScoped
public class OfficeRegistrationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfficeRegistrations office;

    @Inject
    private CurrentAccount account;

    private int year;
    private List<OfficeRegistrations.Count> counts = List.of();
    private String chart;
    private transient UploadedFile bankFile;
    private List<OfficeRegistrations.ReconciledLine> reconciled = List.of();
    private Long paymentRegistration;
    private String paymentReference;
    private String paymentQuery;
    private List<OfficeRegistrations.Found> paymentHits = List.of();
    private boolean paymentSearched;
    private List<Case> cases = List.of();
    private final Map<Long, String> owners = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    /** An open identity case: the number masked, both accounts with their holder's name and contacts masked. */
    public record Case(long id, String idNumber, OfficeRegistrations.Party first, OfficeRegistrations.Party second,
                       String opened) implements Serializable {
        public long getId() { return id; }
        public String getIdNumber() { return idNumber; }
        public Party getFirst() { return Party.of(first); }
        public Party getSecond() { return Party.of(second); }
        public String getOpened() { return opened; }
    }

    /** One side of an identity case as the page shows it. */
    public record Party(long account, String name, String mobile, String email) implements Serializable {
        static Party of(OfficeRegistrations.Party p) {
            return new Party(p.account(), p.name(), p.mobile(), p.email());
        }
        public String getAccount() { return Long.toString(account); }
        public String getName() { return name; }
        public String getMobile() { return mobile; }
        public String getEmail() { return email; }
    }

    @PostConstruct
    void init() {
        year = office.statisticsYear();
        refresh();
    }

    public void refresh() {
        // A mutable copy: the table sorts it in place when a column header is clicked.
        counts = new ArrayList<>(office.statistics(year));
        chart = chart(counts);
        cases = office.openIdentityCaseParties().stream().map(c -> new Case(c.row().id(), c.row().idNumber(), c.first(),
                c.second(), OfficeFormat.moment(c.row().openedAt()))).toList();
    }

    /** A stacked bar chart (Chart.js config): one bar per exam, one stack segment per status. */
    private static String chart(List<OfficeRegistrations.Count> counts) {
        Map<String, Map<String, Long>> byStatus = new LinkedHashMap<>();
        List<String> exams = new ArrayList<>();
        for (OfficeRegistrations.Count c : counts) {
            if (!exams.contains(c.exam())) {
                exams.add(c.exam());
            }
            byStatus.computeIfAbsent(c.status(), s -> new HashMap<>()).merge(c.exam(), c.count(), Long::sum);
        }
        String[] colours = {"#2563eb", "#f59e0b", "#a855f7", "#16a34a", "#dc2626", "#6b7280", "#111827"};
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (RegistrationStatus s : RegistrationStatus.values()) {
            Map<String, Long> per = byStatus.get(s.name());
            if (per == null) {
                continue;
            }
            JsonArrayBuilder data = Json.createArrayBuilder();
            exams.forEach(e -> data.add(per.getOrDefault(e, 0L)));
            datasets.add(Json.createObjectBuilder().add("label", FacesFeedback.text("registration.status." + s.name()))
                    .add("data", data).add("backgroundColor", colours[s.ordinal() % colours.length]));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        exams.forEach(labels::add);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    public void reconcile() {
        if (bankFile == null || bankFile.getSize() == 0) {
            FacesFeedback.error("bank-form:file", FacesFeedback.core("registration.bank.size"));
            return;
        }
        try {
            reconciled = office.reconcile(bankFile.getContent(), account.name());
            FacesFeedback.info(FacesFeedback.text("payments.reconciled",
                    reconciled.stream().filter(l -> l.outcome().equals("PAID")).count(), reconciled.size()), bankFile.getFileName());
            refresh();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("file", "bank-form:file"));
        }
    }

    /** Finds registrations for the payment form by name, identity number, payment reference or number. */
    public void findForPayment() {
        paymentSearched = false;
        if (paymentQuery == null || paymentQuery.isBlank()) {
            FacesFeedback.error("payment-form:query", FacesFeedback.text("payments.find.empty"));
            FacesContext.getCurrentInstance().validationFailed();
            paymentHits = List.of();
            return;
        }
        paymentHits = new ArrayList<>(office.search(new OfficeRegistrations.SearchCriteria(paymentQuery, null, null, null),
                PageRequest.of(0, 10)).rows());
        paymentSearched = true;
    }

    /** Takes a hit of the search as the registration whose payment is confirmed. */
    public void pick(long registrationId) {
        paymentRegistration = registrationId;
        paymentHits = List.of();
        paymentSearched = false;
    }

    public void confirmPayment() {
        if (paymentRegistration == null) {
            FacesFeedback.error("payment-form:registration", FacesFeedback.core("registration.none"));
            return;
        }
        try {
            office.confirmPayment(paymentRegistration, paymentReference, account.name());
            FacesFeedback.info(FacesFeedback.text("payments.confirmed", paymentRegistration), paymentReference);
            paymentRegistration = null;
            paymentReference = null;
            refresh();
        } catch (DomainException e) {
            // The reference, or else the registration (unknown, or not payable now), said beside its field.
            FacesFeedback.error("reference".equals(e.field()) ? "payment-form:reference" : "payment-form:registration",
                    e.message(FacesFeedback.locale()));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void resolve(long caseId) {
        try {
            String owner = owners.get(caseId);
            office.resolveIdentity(caseId, owner == null || owner.isBlank() ? -1 : Long.parseLong(owner), notes.get(caseId), account.name());
            FacesFeedback.info(FacesFeedback.text("identity.resolved"), "");
            refresh();
        } catch (DomainException e) {
            // Beside the case's owner menu or note (the action runs inside the case's row).
            FacesContext faces = FacesContext.getCurrentInstance();
            jakarta.faces.component.UIData table = (jakarta.faces.component.UIData) faces.getViewRoot().findComponent("identity-form:cases");
            String field = "owner".equals(e.field()) || "note".equals(e.field()) ? e.field() : null;
            String clientId = field == null || table == null || table.getRowIndex() < 0 ? null
                    : table.getClientId(faces) + ":" + table.getRowIndex() + ":" + field;
            FacesFeedback.error(clientId, e.message(FacesFeedback.locale()));
            faces.validationFailed();
        }
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<OfficeRegistrations.Count> getCounts() { return counts; }
    public String getChart() { return chart; }
    public UploadedFile getBankFile() { return bankFile; }
    public void setBankFile(UploadedFile bankFile) { this.bankFile = bankFile; }
    public List<OfficeRegistrations.ReconciledLine> getReconciled() { return reconciled; }
    public Long getPaymentRegistration() { return paymentRegistration; }
    public void setPaymentRegistration(Long paymentRegistration) { this.paymentRegistration = paymentRegistration; }
    public String getPaymentReference() { return paymentReference; }
    public void setPaymentReference(String paymentReference) { this.paymentReference = paymentReference; }
    public List<Case> getCases() { return cases; }
    public String getPaymentQuery() { return paymentQuery; }
    public void setPaymentQuery(String paymentQuery) { this.paymentQuery = paymentQuery; }
    public List<OfficeRegistrations.Found> getPaymentHits() { return paymentHits; }
    public boolean isPaymentSearched() { return paymentSearched; }
    public Map<Long, String> getOwners() { return owners; }
    public Map<Long, String> getNotes() { return notes; }
}
