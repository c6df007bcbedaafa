package org.kaowu.web.conduct;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.conduct.IntegrityArchive;
import org.kaowu.registration.IntegrityRecord;
import org.kaowu.registration.VerificationTask;
import org.kaowu.registration.Verifications;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * office/integrity: the integrity archive (Order No. 31 Art. 12) filtered by article, kind and state, names and
 * numbers masked; a record's details with publication or withdrawal (a reason each, audited); the export for the
 * national credit platform (ID numbers in full, this OFFICE page only); and the tasks decided "false commitment"
 * before the 2026 change, each classified as NOT_MET or FRAUD (FRAUD opens an Art. 10 case).
 */
@Named
@ViewScoped
public class IntegrityArchiveView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IntegrityArchive archive;

    @EJB
    private Verifications verifications;

    private Integer article;
    private IntegrityRecord.Kind kind;
    private IntegrityArchive.State state = IntegrityArchive.State.ALL;

    private final LazyDataModel<IntegrityArchive.Row> records = new PagedModel<>(
            page -> archive.list(new IntegrityArchive.Filter(article, kind, state), page), IntegrityArchive.Row::id);

    private IntegrityArchive.Row selected;
    private String publishReason;

    private final LazyDataModel<Verifications.TaskRow> legacy = new PagedModel<>(
            page -> verifications.legacyTasks(page), r -> r.task().getId());
    private final Map<Long, String> classifications = new HashMap<>();
    private final Map<Long, String> classificationReasons = new HashMap<>();

    public void filter() {
        selected = null;
    }

    public void open(long id) {
        try {
            selected = archive.details(id);
            publishReason = null;
        } catch (DomainException e) {
            FacesFeedback.error(null, e.message(FacesFeedback.locale()));
        }
    }

    public void close() {
        selected = null;
    }

    public void publish(boolean publish) {
        if (selected == null) {
            return;
        }
        try {
            selected = archive.publish(selected.id(), publish, publishReason, actor());
            publishReason = null;
            FacesFeedback.info(FacesFeedback.text(publish ? "integrityArchive.published" : "integrityArchive.withdrawn"), "");
        } catch (DomainException e) {
            FacesFeedback.error("detail-form:reason", e.message(FacesFeedback.locale()));
        }
    }

    public void classify(long taskId) {
        String as = classifications.get(taskId);
        String why = classificationReasons.get(taskId);
        try {
            VerificationTask.Outcome o = as == null || as.isBlank() ? null : VerificationTask.Outcome.valueOf(as);
            verifications.classify(taskId, o, why, actor());
            FacesFeedback.info(FacesFeedback.text("integrityArchive.classified." + o.name()), "");
            classifications.remove(taskId);
            classificationReasons.remove(taskId);
        } catch (DomainException e) {
            FacesFeedback.error(null, e.message(FacesFeedback.locale()));
        }
    }

    /** The export's address with the filters of the list. */
    public String getExportQuery() {
        StringBuilder q = new StringBuilder("state=").append(state == null ? "ALL" : state.name());
        if (article != null) {
            q.append("&article=").append(article);
        }
        if (kind != null) {
            q.append("&kind=").append(kind.name());
        }
        return q.toString();
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final java.time.format.DateTimeFormatter DAY_EN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(org.kaowu.shared.AuthorityClock.ZONE);
    private static final java.time.format.DateTimeFormatter MINUTE_EN = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH).withZone(org.kaowu.shared.AuthorityClock.ZONE);

    private static boolean english() {
        return "en".equals(FacesFeedback.locale().getLanguage());
    }

    public String day(LocalDate d) {
        return d == null ? "" : (english() ? DAY_EN : DAY).format(d);
    }

    /** A record's period in words: "from – to", or "from – long-term". */
    public String period(IntegrityArchive.Row r) {
        return day(r.validFrom()) + " – " + (r.longTerm() ? FacesFeedback.text("integrityArchive.longTerm") : day(r.validUntil()));
    }

    /** A record's state in words. */
    public String stateOf(IntegrityArchive.Row r) {
        if (r.endedOn() != null) {
            return FacesFeedback.text("integrityArchive.state.ENDED");
        }
        return FacesFeedback.text(r.inForce() ? "integrityArchive.state.IN_FORCE" : "integrityArchive.state.EXPIRED");
    }

    public String shown(java.time.Instant at) {
        return at == null ? "" : (english() ? MINUTE_EN : MINUTE).format(at);
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    /** The articles a record can be written under, labelled in the page's language. */
    public List<jakarta.faces.model.SelectItem> getArticles() {
        return java.util.stream.Stream.of(7, 8, 10, 11, 6, 9)
                .sorted().map(a -> new jakarta.faces.model.SelectItem(a, FacesFeedback.text("integrityArchive.articleN", a)))
                .toList();
    }
    public IntegrityRecord.Kind[] getKinds() { return IntegrityRecord.Kind.values(); }
    public IntegrityArchive.State[] getStates() { return IntegrityArchive.State.values(); }
    public List<String> getClassificationValues() { return List.of("NOT_MET", "FRAUD"); }
    public Integer getArticle() { return article; }
    public void setArticle(Integer article) { this.article = article; }
    public IntegrityRecord.Kind getKind() { return kind; }
    public void setKind(IntegrityRecord.Kind kind) { this.kind = kind; }
    public IntegrityArchive.State getState() { return state; }
    public void setState(IntegrityArchive.State state) { this.state = state; }
    public LazyDataModel<IntegrityArchive.Row> getRecords() { return records; }
    public IntegrityArchive.Row getSelected() { return selected; }
    public String getPublishReason() { return publishReason; }
    public void setPublishReason(String publishReason) { this.publishReason = publishReason; }
    public LazyDataModel<Verifications.TaskRow> getLegacy() { return legacy; }
    public Map<Long, String> getClassifications() { return classifications; }
    public Map<Long, String> getClassificationReasons() { return classificationReasons; }
}
