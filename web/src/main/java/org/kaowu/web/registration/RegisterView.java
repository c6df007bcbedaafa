package org.kaowu.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanData;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.CandidateProfiles;
import org.kaowu.registration.Eligibility;
import org.kaowu.registration.MajorRelation;
import org.kaowu.registration.RegistrationDesk;
import org.kaowu.registration.RegistrationPath;
import org.kaowu.registration.RegistrationRequest;
import org.kaowu.registration.Registrations;
import org.kaowu.registration.WorkPeriod;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registering for an exam: exam, level, area, subjects; how the major relates and which jobs were in the field, with
 * the eligibility verdict explained as the candidate goes; then commitment (read the notice, sign) or proof. The
 * page's idempotency key makes a double click one registration.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each refusal's field is shown. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("examCode", "register-form:exam"),
            Map.entry("level", "register-form:level"),
            Map.entry("area", "register-form:area"),
            Map.entry("subjects", "register-form:subjects"),
            Map.entry("major", "register-form:major"),
            Map.entry("path", "register-form:path"),
            Map.entry("exemption", "register-form:exemption"),
            Map.entry("noticeSha256", "register-form:agreed"),
            Map.entry("education", "register-form:major"),
            Map.entry("photo", "register-form:exam"),
            Map.entry("profile", "register-form:exam"));

    @EJB
    private Registrations registrations;

    @EJB
    private RegistrationDesk desk;

    @EJB
    private CandidateProfiles profiles;

    @Inject
    private CurrentAccount account;

    @Inject
    private org.kaowu.web.LocaleView localeView;

    private final String key = UUID.randomUUID().toString();
    private List<SelectItem> exams = List.of();
    private List<String> jobs = List.of();
    private boolean profileReady;

    private String exam;
    private String level;
    private String area;
    private List<String> subjects = new ArrayList<>();
    private MajorRelation major;
    private List<String> fieldWork = new ArrayList<>();
    private RegistrationPath path = RegistrationPath.COMMITMENT;
    private boolean agreed;
    private String exemption;
    private List<SelectItem> exemptionItems = List.of();

    private List<String> levels = List.of();
    private List<SelectItem> subjectItems = List.of();
    private String window;
    private Boolean eligible;
    private String explanation;
    private String noticeText;
    private String noticeSha256;
    /** Why the commitment path is closed to this candidate (for the exam chosen), in the page's language; null: open. */
    private String commitmentClosed;

    @PostConstruct
    void init() {
        exams = registrations.openExams().stream().map(e -> new SelectItem(e.getPlan().getYear() + ":" + e.getCode(),
                e.getPlan().getYear() + " · " + e.getCode() + " · " + e.getCatalogueName()
                        + (e.getSubItem() == null ? "" : "（" + e.getSubItem() + "）") + " · " + String.join("/", e.getLevels())))
                .toList();
        CandidateProfile p = profiles.find(account.id()).orElse(null);
        profileReady = p != null && profiles.hasPhoto(account.id());
        if (p != null) {
            List<String> j = new ArrayList<>();
            for (WorkPeriod w : p.workPeriods()) {
                j.add(w.employer() + " · " + w.field() + " · " + w.from() + " ～ " + (w.to() == null ? CandidateTexts.text(localeView.getLocale(), "profile.toNow") : w.to()));
            }
            jobs = j;
        }
        commitmentPath();
    }

    /**
     * Offers the commitment path only to a candidate it is open to: barred by the integrity archive (or having withdrawn
     * this exam's commitment), the path is shown disabled with the reason, and proof is chosen for them.
     */
    private void commitmentPath() {
        boolean chosen = exam != null && !exam.isBlank();
        commitmentClosed = registrations.commitmentClosed(account.id(), chosen ? year() : null, chosen ? code() : null)
                .map(e -> e.message(localeView.getLocale())).orElse(null);
        if (commitmentClosed != null) {
            path = RegistrationPath.PROOF;
            agreed = false;
        }
    }

    private int year() {
        return Integer.parseInt(exam.substring(0, exam.indexOf(':')));
    }

    private String code() {
        return exam.substring(exam.indexOf(':') + 1);
    }

    /**
     * The exam named in the address ({@code ?exam=2027:YJ}, the public exam page's 报名 link) is chosen at once when it
     * is open for registration; anything else leaves the choice to the candidate.
     */
    public void preselect() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        boolean offered = exam != null && exams.stream().anyMatch(i -> exam.equals(i.getValue()));
        if (!offered) {
            exam = null;
            return;
        }
        examChanged();
    }

    /** The exam changed: its levels, and (when there is one level) its subjects. */
    public void examChanged() {
        level = null;
        subjects = new ArrayList<>();
        levels = List.of();
        subjectItems = List.of();
        commitmentPath();
        if (exam == null || exam.isBlank()) {
            return;
        }
        Exam e = registrations.exam(year(), code());
        levels = e.getLevels();
        if (levels.size() == 1) {
            level = levels.get(0);
        }
        levelChanged();
    }

    public void levelChanged() {
        subjects = new ArrayList<>();
        subjectItems = List.of();
        noticeText = null;
        noticeSha256 = null;
        if (exam == null || exam.isBlank() || !levels.isEmpty() && level == null) {
            return;
        }
        try {
            var target = registrations.target(year(), code(), level);
            List<SelectItem> items = new ArrayList<>();
            for (PlanData.SubjectData s : target.levelSubjects()) {
                items.add(new SelectItem(s.code(), s.code() + " " + s.name()
                        + (s.fee() == null ? "" : FacesFeedback.text("register.subjectFee", s.fee().toPlainString()))));
                subjects.add(s.code());
            }
            subjectItems = items;
            exemption = null;
            boolean english = "en".equals(FacesFeedback.locale().getLanguage());
            List<SelectItem> exemptions = new ArrayList<>();
            for (var x : target.exemptions()) {
                String waived = " → " + String.join("、", x.exemptSubjects());
                exemptions.add(new SelectItem(x.code(), x.condition(false, english) + waived));
                if (x.hasAlternative()) {
                    exemptions.add(new SelectItem(x.code() + ALTERNATIVE, x.condition(true, english) + waived));
                }
            }
            exemptionItems = exemptions;
            noticeText = target.notice().text();
            noticeSha256 = target.notice().sha256();
            areaChanged();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("level", "register-form:level"));
        }
    }

    public void areaChanged() {
        window = null;
        if (exam != null && !exam.isBlank() && area != null && (levels.isEmpty() || level != null)) {
            var t = registrations.target(year(), code(), level).timeline(area);
            window = org.kaowu.plan.WindowFormat.registration(t, FacesFeedback.locale());
        }
        judge();
    }

    /** The verdict in plain words, as soon as there is enough to judge. */
    public void judge() {
        eligible = null;
        explanation = null;
        if (exam == null || exam.isBlank() || major == null || !levels.isEmpty() && level == null) {
            return;
        }
        try {
            Eligibility.Verdict v = registrations.judge(account.id(), request());
            eligible = v.eligible();
            explanation = v.explanation().in(FacesFeedback.locale());
        } catch (DomainException e) {
            explanation = e.message(FacesFeedback.locale());
            eligible = false;
        }
    }

    private RegistrationRequest request() {
        return new RegistrationRequest(year(), code(), level, area, subjects, path, major,
                fieldWork.stream().map(Integer::valueOf).toList(), noticeSha256, exemptionCode(), byAlternative());
    }

    /** The exemption menu's value for a claim on the exemption's alternative condition ends in this. */
    private static final String ALTERNATIVE = "|ALT";

    private String exemptionCode() {
        return exemption == null || exemption.isBlank() ? null : exemption.replace(ALTERNATIVE, "");
    }

    private boolean byAlternative() {
        return exemption != null && exemption.endsWith(ALTERNATIVE);
    }

    /**
     * An exemption chosen: the subjects it waives are unticked, and the notice to sign names the claim (so a
     * signature given to the previous text is taken back).
     */
    public void exemptionChanged() {
        if (exam != null && !exam.isBlank()) {
            var target = registrations.target(year(), code(), level);
            var notice = target.notice(exemptionCode(), byAlternative());
            noticeText = notice.text();
            noticeSha256 = notice.sha256();
            agreed = false;
            // The same filter the registration is held to: the subjects the exemption waives are not sat.
            target.exemption(exemptionCode()).map(target::waived).ifPresent(waived ->
                    subjects = new ArrayList<>(subjects.stream().filter(c -> !waived.contains(c)).toList()));
        }
        judge();
    }

    public void submit() throws IOException {
        if (exam == null || exam.isBlank()) {
            FacesFeedback.error("register-form:exam", FacesFeedback.text("register.chooseExam"));
            return;
        }
        if (path == RegistrationPath.COMMITMENT && commitmentClosed != null) {
            FacesFeedback.error("register-form:path", commitmentClosed);
            path = RegistrationPath.PROOF;
            return;
        }
        if (path == RegistrationPath.COMMITMENT && !agreed) {
            FacesFeedback.error("register-form:agreed", FacesFeedback.text("register.mustAgree"));
            return;
        }
        try {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest http = (HttpServletRequest) ec.getRequest();
            // The API's way in: the desk (batched with whatever else arrives; the page's key makes a double click one).
            desk.register(account.id(), request(), key, http.getRemoteAddr(), http.getHeader("User-Agent"));
            ec.getFlash().setKeepMessages(true);
            FacesFeedback.info(FacesFeedback.text("register.done"), "");
            ec.redirect(ec.getRequestContextPath() + "/candidate/registrations");
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
    }

    public MajorRelation[] getMajors() { return MajorRelation.values(); }

    public String majorLabel(MajorRelation m) {
        return Eligibility.major(m, FacesFeedback.locale());
    }

    public List<SelectItem> getJobItems() {
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            items.add(new SelectItem(Integer.toString(i), jobs.get(i)));
        }
        return items;
    }

    public List<String> getAreas() { return org.kaowu.registration.Areas.ALL; }
    public List<SelectItem> getExams() { return exams; }
    public boolean isProfileReady() { return profileReady; }
    public String getExam() { return exam; }
    public void setExam(String exam) { this.exam = exam; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public List<String> getSubjects() { return subjects; }
    public void setSubjects(List<String> subjects) { this.subjects = subjects; }
    public MajorRelation getMajor() { return major; }
    public void setMajor(MajorRelation major) { this.major = major; }
    public List<String> getFieldWork() { return fieldWork; }
    public void setFieldWork(List<String> fieldWork) { this.fieldWork = fieldWork; }
    public RegistrationPath getPath() { return path; }
    public void setPath(RegistrationPath path) { this.path = path; }
    public boolean isAgreed() { return agreed; }
    public void setAgreed(boolean agreed) { this.agreed = agreed; }
    public String getExemption() { return exemption; }
    public void setExemption(String exemption) { this.exemption = exemption; }
    public List<SelectItem> getExemptionItems() { return exemptionItems; }
    public List<String> getLevels() { return levels; }
    public List<SelectItem> getSubjectItems() { return subjectItems; }
    public String getWindow() { return window; }
    public Boolean getEligible() { return eligible; }
    public String getExplanation() { return explanation; }
    public String getNoticeText() { return noticeText; }
    public String getNoticeSha256() { return noticeSha256; }
    public boolean isCommitment() { return path == RegistrationPath.COMMITMENT && commitmentClosed == null; }
    public String getCommitmentClosed() { return commitmentClosed; }
    public boolean isCommitmentOpen() { return commitmentClosed == null; }
}
