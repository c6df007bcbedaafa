package org.kaowu.web.conduct;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.conduct.MisconductRule;
import org.kaowu.conduct.RecordPeriod;
import org.kaowu.conduct.RuleBook;
import org.kaowu.conduct.Sanction;
import org.kaowu.conduct.ScoreVoid;
import org.kaowu.conduct.StaffBarPeriod;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * office/rules and admin/rules: the misconduct rules in force (code, article and item, behaviour, what each does,
 * reminder first, provincial, source); on the ADMIN page a revision form (a new version with a reason; the old one
 * kept with its end date; audited) and a rule's history.
 */
@Named
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RuleBook rules;

    private List<MisconductRule> current = List.of();
    private String code;
    private List<MisconductRule> history = List.of();
    private String behaviourZh;
    private String behaviourEn;
    private ScoreVoid scoreVoid;
    private RecordPeriod recordPeriod;
    private StaffBarPeriod staffBar;
    private boolean reminderRequired;
    private boolean provincial;
    private String source;
    private String reason;

    @PostConstruct
    void init() {
        current = rules.current();
    }

    /** The behaviour in the page's language. */
    public String behaviour(MisconductRule r) {
        return r.behaviour(FacesFeedback.locale());
    }

    /** "第七条第（一）项" / "Art. 7 (1)". */
    public String article(MisconductRule r) {
        if (r.getArticle() == 0) {
            return FacesFeedback.text("rules.noArticle");
        }
        return r.getItem() == null ? FacesFeedback.text("rules.article", r.getArticle())
                : FacesFeedback.text("rules.articleItem", r.getArticle(), r.getItem());
    }

    /** What the rule does, in words of the page's language. */
    public List<String> effects(MisconductRule r) {
        Sanction s = r.sanction();
        List<String> out = new ArrayList<>();
        if (s.scoreVoid() != ScoreVoid.NONE) {
            out.add(FacesFeedback.text("rules.scoreVoid." + s.scoreVoid()));
        }
        if (s.record() != RecordPeriod.NONE) {
            out.add(FacesFeedback.text("rules.record." + s.record()));
        }
        if (s.staffBar() != StaffBarPeriod.NONE) {
            out.add(FacesFeedback.text("rules.staffBar." + s.staffBar()));
        }
        if (s.removal()) {
            out.add(FacesFeedback.text("rules.removal"));
        }
        if (s.certificateVoid()) {
            out.add(FacesFeedback.text("rules.certificateVoid"));
        }
        if (s.policeReferral()) {
            out.add(FacesFeedback.text("rules.police"));
        }
        if (!s.escalatesTo().isEmpty()) {
            out.add(FacesFeedback.text("rules.escalates", String.join("/", s.escalatesTo().stream().map(String::valueOf).toList())));
        }
        if (out.isEmpty()) {
            out.add(FacesFeedback.text("rules.nothing"));
        }
        return out;
    }

    /** Chooses a rule to revise (ADMIN page): its fields into the form, its history below. */
    public void choose(String code) {
        rules.find(code).ifPresent(r -> {
            this.code = r.getCode();
            behaviourZh = r.getBehaviourZh();
            behaviourEn = r.getBehaviourEn();
            scoreVoid = r.getScoreVoid();
            recordPeriod = r.getRecordPeriod();
            staffBar = r.getStaffBar();
            reminderRequired = r.isReminderRequired();
            provincial = r.isProvincial();
            source = r.getSource();
            reason = null;
            history = rules.history(r.getCode());
        });
    }

    public void revise() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole("ADMIN") || code == null) {
            FacesFeedback.error(null, FacesFeedback.text("rules.adminOnly"));
            return;
        }
        try {
            MisconductRule next = rules.revise(code, new RuleBook.Revision(behaviourZh, behaviourEn, scoreVoid, recordPeriod,
                    staffBar, reminderRequired, provincial, source), reason, faces.getExternalContext().getUserPrincipal().getName());
            FacesFeedback.info(FacesFeedback.text("rules.revised", next.getCode(), next.getVersion()), "");
            current = rules.current();
            history = rules.history(code);
            reason = null;
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("behaviourZh", "revise-form:behaviourZh", "behaviourEn", "revise-form:behaviourEn",
                    "source", "revise-form:source", "reason", "revise-form:reason", "scoreVoid", "revise-form:scoreVoid",
                    "recordPeriod", "revise-form:recordPeriod", "staffBar", "revise-form:staffBar"));
        }
    }

    public String day(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }

    public List<MisconductRule> getCurrent() { return current; }
    public List<MisconductRule> getHistory() { return history; }
    public String getCode() { return code; }
    public ScoreVoid[] getScoreVoids() { return ScoreVoid.values(); }
    public RecordPeriod[] getRecordPeriods() { return RecordPeriod.values(); }
    public StaffBarPeriod[] getStaffBars() { return StaffBarPeriod.values(); }
    public String getBehaviourZh() { return behaviourZh; }
    public void setBehaviourZh(String v) { this.behaviourZh = v; }
    public String getBehaviourEn() { return behaviourEn; }
    public void setBehaviourEn(String v) { this.behaviourEn = v; }
    public ScoreVoid getScoreVoid() { return scoreVoid; }
    public void setScoreVoid(ScoreVoid v) { this.scoreVoid = v; }
    public RecordPeriod getRecordPeriod() { return recordPeriod; }
    public void setRecordPeriod(RecordPeriod v) { this.recordPeriod = v; }
    public StaffBarPeriod getStaffBar() { return staffBar; }
    public void setStaffBar(StaffBarPeriod v) { this.staffBar = v; }
    public boolean isReminderRequired() { return reminderRequired; }
    public void setReminderRequired(boolean v) { this.reminderRequired = v; }
    public boolean isProvincial() { return provincial; }
    public void setProvincial(boolean v) { this.provincial = v; }
    public String getSource() { return source; }
    public void setSource(String v) { this.source = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
}
