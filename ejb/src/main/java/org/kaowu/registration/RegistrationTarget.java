package org.kaowu.registration;

import org.kaowu.plan.PlanData;
import org.kaowu.plan.Timeline;
import org.kaowu.shared.DomainException;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An exam level as registration sees it: an immutable snapshot of the exam (subjects, windows), the level's rules and
 * exemptions, and the notice generated for it. Cached per node by {@link RegistrationTargets} while the exam and its
 * plan keep their versions.
 */
public record RegistrationTarget(long examId, int year, String code, String catalogueName, List<String> levels, String level,
                                 List<PlanData.SubjectData> subjects, Timeline national, Map<String, Timeline> areas,
                                 List<Eligibility.Rule> rules, List<ExemptionRule.Exemption> exemptions,
                                 CommitmentNotice notice) implements Serializable {

    /** The area's own windows where it has them, else the national ones. */
    public Timeline timeline(String area) {
        return areas.getOrDefault(area, national);
    }

    /** The subjects of this level (an exam without levels: all of them). */
    public List<PlanData.SubjectData> levelSubjects() {
        return subjects.stream().filter(s -> Objects.equals(s.level(), level)).toList();
    }

    /** The level's exemption of this code, if there is one. */
    public Optional<ExemptionRule.Exemption> exemption(String code) {
        return code == null ? Optional.empty() : exemptions.stream().filter(x -> x.code().equals(code.strip())).findFirst();
    }

    /**
     * The codes of this level's subjects the exemption waives (it names subjects; plans give codes of their own): the
     * page unticks them, and a registration claiming the exemption must not choose them.
     */
    public List<String> waived(ExemptionRule.Exemption exemption) {
        return levelSubjects().stream().filter(s -> exemption.exemptSubjects().contains(s.name()))
                .map(PlanData.SubjectData::code).toList();
    }

    /**
     * The level's exemption of this code, which must have an alternative condition if that is claimed; refused when
     * there is no such exemption.
     */
    public ExemptionRule.Exemption claimable(String code, boolean alternative) {
        ExemptionRule.Exemption e = exemption(code).orElseThrow(() -> DomainException.unprocessable("invalid-registration",
                "exemption", "registration.exemption.unknown",
                exemptions.isEmpty() ? "—" : String.join("、", exemptions.stream().map(ExemptionRule.Exemption::code).toList())));
        if (alternative && !e.hasAlternative()) {
            throw DomainException.unprocessable("invalid-registration", "exemption", "registration.exemption.noAlternative", e.code());
        }
        return e;
    }

    /** The notice to sign for the exemption claimed (none: the level's own notice). */
    public CommitmentNotice notice(String exemption, boolean alternative) {
        if (exemption == null || exemption.isBlank()) {
            return notice;
        }
        return notice.claiming(claimable(exemption, alternative), alternative);
    }
}
