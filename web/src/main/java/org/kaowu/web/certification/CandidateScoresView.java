package org.kaowu.web.certification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.certification.ResultRules;
import org.kaowu.certification.Results;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.registration.CurrentAccount;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * candidate/scores: the candidate's own sittings whose results are published (nothing before publication), each
 * subject's score or absence against its pass mark, and per qualification the standing: which subjects count (until
 * which exam year), which are still to pass and by when, which passes were voided or expired, the rolling period.
 */
@Named
@ViewScoped
public class CandidateScoresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Results results;

    @Inject
    private CurrentAccount account;

    private List<Results.OwnSitting> sittings = List.of();
    private List<Results.Standing> standings = List.of();

    /** One line of a standing's table: the subject (as the plan names it), what it is, the years. */
    public record Line(String subject, String state, String detail) implements Serializable {
    }

    @PostConstruct
    void init() {
        sittings = results.own(account.id());
        Map<String, Results.Standing> distinct = new LinkedHashMap<>();
        sittings.forEach(s -> distinct.putIfAbsent(s.standing().catalogueCode() + "|" + s.standing().subItem() + "|"
                + s.standing().level(), s.standing()));
        standings = new ArrayList<>(distinct.values());
    }

    /** The standing's sentence: passed, or how many subjects are still to pass and by when. */
    public String summary(Results.Standing s) {
        ResultRules.Standing r = s.rules();
        if (r.passedAll()) {
            return r.windowFrom().equals(r.windowTo()) ? FacesFeedback.text("scores.standing.passedOnce", r.windowTo())
                    : FacesFeedback.text("scores.standing.passed", r.windowFrom(), r.windowTo());
        }
        return r.deadlineYear() == null ? FacesFeedback.text("scores.standing.missing", r.missing().size(), r.nextYear())
                : FacesFeedback.text("scores.standing.missingBy", r.missing().size(), r.deadlineYear());
    }

    public String period(Results.Standing s) {
        ResultRules.Period p = s.rules().period();
        return p.rolling() ? FacesFeedback.text("scores.period", p.years()) : FacesFeedback.text("scores.oneSitting");
    }

    /** Every subject of the standing: counted (until when), still to pass, exempt, lost (voided, expired). */
    public List<Line> lines(Results.Standing s) {
        ResultRules.Standing r = s.rules();
        List<Line> out = new ArrayList<>();
        for (ResultRules.Pass p : r.passes()) {
            out.add(new Line(p.subject(), FacesFeedback.text("scores.state.passed"), r.passedAll()
                    ? FacesFeedback.text("scores.detail.passedIn", p.year())
                    : FacesFeedback.text("scores.detail.validUntil", p.year(), p.lastYear())));
        }
        for (String m : r.missing()) {
            out.add(new Line(m, FacesFeedback.text("scores.state.missing"), r.deadlineYear() == null
                    ? FacesFeedback.text("scores.detail.next", r.nextYear())
                    : FacesFeedback.text("scores.detail.by", r.deadlineYear())));
        }
        for (String w : r.waived()) {
            out.add(new Line(w, FacesFeedback.text("scores.state.waived"), ""));
        }
        for (ResultRules.LostPass l : r.lost()) {
            out.add(new Line(l.subject(), FacesFeedback.text("scores.state." + l.why().name()),
                    FacesFeedback.text("scores.detail.lost", l.year())));
        }
        return out;
    }

    public String outcome(Results.OwnSubject s) {
        return ResultWords.outcome(s.voided(), s.absent(), s.passed());
    }

    public String plain(BigDecimal d) {
        return ResultWords.plain(d);
    }

    public List<Results.OwnSitting> getSittings() { return sittings; }
    public List<Results.Standing> getStandings() { return standings; }
}
