package org.kaowu.web.conduct;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.conduct.CaseDefence;
import org.kaowu.conduct.CasePoint;
import org.kaowu.conduct.CaseStatus;
import org.kaowu.conduct.Cases;
import org.kaowu.conduct.DecisionDocuments;
import org.kaowu.conduct.MisconductCase;
import org.kaowu.registration.RegistrationDocument;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.registration.CurrentAccount;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The candidate's own misconduct cases (candidate/cases): the notice of the proposed decision with its facts, legal
 * basis and deadline, the statement and defence (text, points, one file, before the deadline), and the written
 * decision to download. Another's case is never shown.
 */
@Named
@ViewScoped
public class CandidateCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Cases cases;

    @Inject
    private CurrentAccount account;

    @Inject
    private org.kaowu.shared.AuthorityClock clock;

    private Long id;
    private List<Cases.Row> rows = List.of();
    private Cases.Detail detail;
    private CaseText rule;
    private String text;
    private String points;
    private transient UploadedFile file;

    public void load() {
        rows = cases.mine(account.id());
        detail = null;
        if (id == null && rows.size() == 1) {
            id = rows.get(0).id();
        }
        if (id != null) {
            try {
                MisconductCase c = cases.own(account.id(), id);
                detail = cases.detail(c);
                rule = c.getNoticeAt() == null && c.getDecidedAt() == null ? null
                        : CaseText.of(detail.rule(), DecisionDocuments.sanction(FacesFeedback.locale(), detail.rule().sanction(), c));
            } catch (DomainException e) {
                FacesFeedback.refused(e, Map.of());
            }
        }
    }

    public void defend() {
        if (detail == null) {
            return;
        }
        List<Cases.Upload> uploads = new ArrayList<>();
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > RegistrationDocument.MAX_BYTES) {
                FacesFeedback.error("defence-form:file", FacesFeedback.core("registration.document.invalid",
                        RegistrationDocument.MAX_BYTES / 1024 / 1024));
                return;
            }
            uploads.add(new Cases.Upload(file.getFileName(), file.getContent()));
        }
        try {
            cases.defend(account.id(), id, text, OfficeCaseView.lines(points), uploads, account.name());
            FacesFeedback.info(FacesFeedback.text("myCases.defended"), null);
            text = null;
            points = null;
            load();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("text", "defence-form:text", "points", "defence-form:points",
                    "files", "defence-form:file", "status", "defence-form:text"));
        }
    }

    public boolean isDefenceOpen() {
        return detail != null && detail.c().getStatus() == CaseStatus.NOTIFIED && detail.c().getDefenceDeadline() != null
                && clock.now().isBefore(detail.c().getDefenceDeadline());
    }

    public String moment(java.time.Instant at) {
        return CaseFormat.moment(at);
    }

    public List<Cases.FileRow> filesOf(long defence) {
        return detail == null ? List.of() : detail.files().stream().filter(f -> f.defenceId() == defence).toList();
    }

    public List<Cases.Row> getRows() { return rows; }
    public Cases.Detail getDetail() { return detail; }
    public MisconductCase getTheCase() { return detail == null ? null : detail.c(); }
    public CaseText getRule() { return rule; }
    public boolean isNotified() { return detail != null && detail.c().getNoticeAt() != null; }
    public boolean isPeriodOver() {
        return detail != null && detail.c().getStatus() == CaseStatus.NOTIFIED && !isDefenceOpen();
    }
    public boolean isDecided() { return detail != null && detail.c().getDecidedAt() != null; }
    public String getLastDay() { return detail == null ? "" : CaseFormat.day(detail.lastDefenceDay()); }
    public List<CaseDefence> getDefences() { return detail == null ? List.of() : detail.defences(); }
    public List<CasePoint> getPoints() { return detail == null ? List.of() : detail.points(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRaisedPoints() { return points; }
    public void setRaisedPoints(String points) { this.points = points; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
