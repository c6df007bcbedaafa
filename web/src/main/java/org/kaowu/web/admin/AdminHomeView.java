package org.kaowu.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.platform.persistence.SchemaInfo;
import org.kaowu.shared.AuditEvent;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The ADMIN's home: the schema's migrations and the audit trail, searched by actor, action and days, paged by the
 * database. Actions, subjects and migration states are named in the page's language; times are Beijing time.
 */
@Named
@ViewScoped
public class AdminHomeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("to", "audit-filter:to");

    @EJB
    private SchemaInfo schema;

    @EJB
    private AuditTrail audit;

    /** One migration as the page shows it. */
    public record MigrationRow(String version, String description, String state, String installedOn) implements Serializable {
        public String getVersion() { return version; }
        public String getDescription() { return description; }
        public String getState() { return state; }
        public String getInstalledOn() { return installedOn; }
    }

    /** One audit entry as the page shows it. */
    public record AuditRow(long id, String occurredAt, String actor, String action, String subjectType,
                           String subjectId, String reason) implements Serializable {
        public long getId() { return id; }
        public String getOccurredAt() { return occurredAt; }
        public String getActor() { return actor; }
        public String getAction() { return action; }
        public String getSubjectType() { return subjectType; }
        public String getSubjectId() { return subjectId; }
        public String getReason() { return reason; }
    }

    /** A choice of the action filter: the key, and its name in the page's language. */
    public record ActionChoice(String key, String label) implements Serializable {
        public String getKey() { return key; }
        public String getLabel() { return label; }
    }

    private List<MigrationRow> migrations;
    private List<ActionChoice> actions;
    private PagedModel<AuditRow> trail;
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private AuditTrail.Filter applied = AuditTrail.Filter.none();

    @PostConstruct
    void init() {
        Locale locale = FacesFeedback.locale();
        ResourceBundle msg = bundle();
        migrations = schema.migrations().stream().map(m -> new MigrationRow(m.version(),
                named(msg, "migration.description." + m.version(), "en".equals(locale.getLanguage())
                        ? m.description() : msg.getString("migration.description.other")),
                named(msg, "migration.state." + m.state(), m.state()),
                DisplayTime.of(m.installedOn(), locale))).toList();
        actions = audit.actions().stream().map(a -> new ActionChoice(a, actionName(msg, a)))
                .sorted(java.util.Comparator.comparing(ActionChoice::label)).toList();
        AuditTrail trailService = audit;
        trail = new PagedModel<>(page -> {
            ResourceBundle b = bundle();
            Locale l = FacesFeedback.locale();
            return trailService.search(applied, page).map(e -> row(e, b, l));
        }, AuditRow::id);
    }

    /** Applies the filter (the list starts again at its first page). */
    public void filter() {
        AuditTrail.Filter f = new AuditTrail.Filter(actor, action, from, to);
        try {
            audit.search(f, org.kaowu.shared.PageRequest.countOnly());
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
            return;
        }
        applied = f;
        resetTable();
    }

    public void clear() {
        actor = null;
        action = null;
        from = null;
        to = null;
        applied = AuditTrail.Filter.none();
        resetTable();
    }

    private static void resetTable() {
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent("audit-form:audit");
        if (table instanceof org.primefaces.component.datatable.DataTable t) {
            t.setFirst(0);
        }
    }

    private static AuditRow row(AuditEvent e, ResourceBundle msg, Locale locale) {
        String subjectType = named(msg, "audit.subject." + e.getSubjectType(), e.getSubjectType());
        return new AuditRow(e.getId(), DisplayTime.of(e.getOccurredAt(), locale), actorName(msg, e.getActor()),
                actionName(msg, e.getAction()), subjectType, e.getSubjectId(), reason(msg, locale, e));
    }

    /** People's reasons as they wrote them; the system's own (written in English in the trail) in the page's language. */
    static String reason(ResourceBundle msg, Locale locale, AuditEvent e) {
        String r = e.getReason();
        if (r == null || !"system".equals(e.getActor())) {
            return r;
        }
        if (r.equals("unpaid at the deadline")) {
            return named(msg, "audit.reason.unpaidAtDeadline", r);
        }
        if (r.startsWith("bundled edition ") && msg.containsKey("audit.reason.bundledEdition")) {
            return new java.text.MessageFormat(msg.getString("audit.reason.bundledEdition"), locale)
                    .format(new Object[]{r.substring("bundled edition ".length())});
        }
        return r;
    }

    static String actionName(ResourceBundle msg, String action) {
        return named(msg, "audit.action." + action, action);
    }

    /** The system's own actors by name; people by their user name. */
    static String actorName(ResourceBundle msg, String actor) {
        return named(msg, "audit.actor." + actor, actor);
    }

    private static String named(ResourceBundle msg, String key, String fallback) {
        return msg.containsKey(key) ? msg.getString(key) : fallback;
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public List<MigrationRow> getMigrations() { return migrations; }
    public List<ActionChoice> getActions() { return actions; }
    public PagedModel<AuditRow> getTrail() { return trail; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
