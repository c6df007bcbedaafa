package org.kaowu.web.plan;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.plan.AnnualPlan;
import org.kaowu.plan.AnnualPlans;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanStatus;
import org.kaowu.plan.Timeline;
import org.kaowu.plan.WindowFormat;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;

/** One exam of a published plan: its catalogue entry, subjects, sessions and windows (national and per area). */
@Named
@ViewScoped
public class ExamDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnualPlans plans;

    /** As typed in the address: anything not a published exam is answered with a 404, not a conversion message. */
    private String year;
    private String code;
    private boolean found;
    private String name;
    private String catalogue;
    private String phase;
    private List<String[]> windows = List.of();
    private List<String[]> subjects = List.of();
    private List<String[]> sessions = List.of();
    private boolean registrationOpen;
    private String registerTarget;
    private String registrationWindow;

    @jakarta.inject.Inject
    private AuthorityClock clock;

    @jakarta.inject.Inject
    private org.kaowu.web.LocaleView localeView;

    public void load() throws IOException {
        found = false;
        Exam exam = publishedExam();
        if (exam == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such published exam");
            faces.responseComplete();
            return;
        }
        found = true;
        // The view action runs before the page's f:view applies the visitor's language: apply it here, so the rows
        // built now speak the same language as the page around them.
        FacesContext.getCurrentInstance().getViewRoot().setLocale(localeView.getLocale());
        Locale locale = FacesFeedback.locale();
        name = exam.title(null);
        catalogue = exam.getCatalogueCode() + " · " + exam.getCatalogueEdition();
        phase = exam.getPhase().name();
        List<String[]> w = new ArrayList<>();
        exam.timeline().moments().forEach((edge, at) -> w.add(new String[]{
                FacesFeedback.core("plan.edge." + edge), WindowFormat.shown(edge, at, locale), ""}));
        exam.areaTimelines().forEach((area, t) -> diff(exam.timeline(), t, locale).forEach(d -> w.add(new String[]{d[0], d[1], area})));
        windows = w;
        subjects = exam.subjectData().stream().map(s -> new String[]{s.level() == null ? "" : s.level(), s.code(), s.name(),
                String.valueOf(s.durationMinutes()), marks(s.passMark(), s.fullMarks()),
                s.rollingYears() == null ? "" : String.valueOf(s.rollingYears()),
                s.fee() == null ? FacesFeedback.text("exam.detail.free") : FacesFeedback.text("exam.detail.fee", amount(s.fee()))})
                .toList();
        Map<String, String> subjectNames = new HashMap<>();
        exam.subjectData().forEach(s -> subjectNames.put(s.level() + "/" + s.code(), s.name()));
        sessions = exam.sessionData().stream().map(s -> new String[]{date(s.date(), locale), s.start() + "–" + s.end(),
                s.subjectCode() + " " + subjectNames.getOrDefault(s.level() + "/" + s.subjectCode(), ""),
                s.level() == null ? "" : s.level(), s.mode().name()}).toList();
        // Registration is offered while the exam's window (national, or any area's own) is open now.
        Instant now = clock.now();
        registrationOpen = open(exam.timeline(), now) || exam.areaTimelines().values().stream().anyMatch(t -> open(t, now));
        registerTarget = year + ":" + exam.getCode();
        registrationWindow = WindowFormat.registration(exam.timeline(), locale);
    }

    private static boolean open(Timeline t, Instant now) {
        return t.registrationOpens() != null && t.registrationCloses() != null
                && !now.isBefore(t.registrationOpens()) && now.isBefore(t.registrationCloses());
    }

    /** "60 / 100" (pass mark of full marks), or what there is. */
    private static String marks(BigDecimal pass, BigDecimal full) {
        if (pass == null && full == null) {
            return "";
        }
        return (pass == null ? "—" : number(pass)) + " / " + (full == null ? "—" : number(full));
    }

    /** 60, 72.5: a mark as written, without the storage's trailing zeros. */
    private static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** 68, 56.50: whole yuan without decimals, otherwise with fen. */
    private static String amount(BigDecimal fee) {
        BigDecimal whole = fee.stripTrailingZeros();
        return whole.scale() <= 0 ? whole.toPlainString() : fee.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String date(LocalDate d, Locale locale) {
        return "en".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("d MMM yyyy (EEE)", Locale.ENGLISH).format(d)
                : DateTimeFormatter.ofPattern("yyyy-MM-dd（EEE）", Locale.SIMPLIFIED_CHINESE).format(d);
    }

    /** The exam of a published (or archived) plan that the parameters name, or null. */
    private Exam publishedExam() {
        if (year == null || !year.matches("\\d{4}") || code == null || code.isBlank()) {
            return null;
        }
        try {
            AnnualPlan plan = plans.plan(Integer.parseInt(year));
            if (plan.getStatus() == PlanStatus.DRAFT) {
                return null;
            }
            return plan.getExams().stream().filter(e -> e.getCode().equals(code)).findFirst().orElse(null);
        } catch (DomainException e) {
            return null;
        }
    }

    private static List<String[]> diff(Timeline national, Timeline area, Locale locale) {
        List<String[]> out = new ArrayList<>();
        area.moments().forEach((edge, at) -> {
            if (!at.equals(national.moments().get(edge))) {
                out.add(new String[]{FacesFeedback.core("plan.edge." + edge), WindowFormat.shown(edge, at, locale)});
            }
        });
        return out;
    }

    public boolean isRegistrationOpen() { return registrationOpen; }
    public String getRegisterTarget() { return registerTarget; }
    public String getRegistrationWindow() { return registrationWindow; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isFound() { return found; }
    public String getName() { return name; }
    public String getCatalogue() { return catalogue; }
    public String getPhase() { return phase; }
    public List<String[]> getWindows() { return windows; }
    public List<String[]> getSubjects() { return subjects; }
    public List<String[]> getSessions() { return sessions; }
}
