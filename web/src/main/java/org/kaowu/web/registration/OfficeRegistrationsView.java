package org.kaowu.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.kaowu.plan.TimelineRules;
import org.kaowu.registration.OfficeRegistrations;
import org.kaowu.registration.RegistrationStatus;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
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

    @jakarta.inject.Inject
    private AuthorityClock clock;

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
    private List<Case> cases = List.of();
    private final Map<Long, String> owners = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    public record Case(long id, String idNumber, long first, long second, String opened) implements Serializable {
        public long getId() { return id; }
        public String getIdNumber() { return idNumber; }
        public long getFirst() { return first; }
        public long getSecond() { return second; }
        public String getOpened() { return opened; }
    }

    @PostConstruct
    void init() {
        year = clock.today().getYear();
        refresh();
    }

    public void refresh() {
        // A mutable copy: the table sorts it in place when a column header is clicked.
        counts = new ArrayList<>(office.statistics(year));
        chart = chart(counts);
        cases = office.openIdentityCases().stream().map(c -> new Case(c.id(), c.idNumber(), c.firstAccount(),
                c.secondAccount(), TimelineRules.shown(c.openedAt()))).toList();
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
            FacesFeedback.refused(e, Map.of("reference", "payment-form:reference", "id", "payment-form:registration"));
        }
    }

    public void resolve(long caseId) {
        try {
            String owner = owners.get(caseId);
            office.resolveIdentity(caseId, owner == null || owner.isBlank() ? -1 : Long.parseLong(owner), notes.get(caseId), account.name());
            FacesFeedback.info(FacesFeedback.text("identity.resolved"), "");
            refresh();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
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
    public Map<Long, String> getOwners() { return owners; }
    public Map<Long, String> getNotes() { return notes; }
}
