package org.kaowu.registration;

import org.kaowu.shared.Contacts;
import org.kaowu.shared.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a candidate's profile well formed: name, identity document (for a resident identity number the birth
 * date and sex it holds), contacts ({@link Contacts}), education and work history. Every problem is reported, field
 * by field in the form's order. Pure: {@link CandidateProfiles} stores only what passes.
 */
public final class ProfileRules {

    /** Chinese names (with the middle dot of minority and foreign names) or Latin letters; no digits, no markup. */
    static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z·•. '\\-]{0,48}[\\p{IsHan}A-Za-z.]");
    static final Pattern CERTIFICATE = Pattern.compile("[A-Za-z0-9\\-]{1,50}");
    static final int MAX_JOBS = 20;
    static final int MAX_TEXT = 100;

    private ProfileRules() {
    }

    /**
     * The problems of a profile, and the birth date and sex to store: for a well-formed resident identity number
     * those it holds, otherwise those entered.
     */
    public record Checked(List<FieldProblem> problems, LocalDate birthDate, Character sex) {

        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Every problem of a {@linkplain #normalized normalized} profile; empty when it may be stored. */
    public static List<FieldProblem> check(ProfileData normalized, LocalDate today) {
        return checked(normalized, today).problems();
    }

    /** As {@link #check}, with the birth date and sex the profile stands for. */
    public static Checked checked(ProfileData d, LocalDate today) {
        return checked(d, today, null);
    }

    /**
     * As {@link #checked(ProfileData, LocalDate)}, for a change of the stored profile {@code before} (null: none yet).
     * When the resident identity number is corrected, the birth date and sex still showing the old values are stale,
     * not contradictions: the new number's are taken. Values the candidate changed by hand must still agree.
     */
    public static Checked checked(ProfileData d, LocalDate today, ProfileData before) {
        boolean numberChanged = before != null && !java.util.Objects.equals(before.idNumber(), d.idNumber());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate birth = d.birthDate();
        Character sex = d.sex();
        if (Texts.hidden(d.realName())) {
            problems.add(new FieldProblem("realName", "text.hidden"));
        } else if (d.realName() == null || !NAME.matcher(d.realName()).matches()) {
            problems.add(new FieldProblem("realName", "profile.name"));
        }
        if (d.idType() == null) {
            problems.add(new FieldProblem("idType", "profile.id.type"));
        } else {
            Optional<IdNumbers.Problem> idProblem = IdNumbers.check(d.idType(), d.idNumber(), today);
            if (idProblem.isPresent()) {
                problems.add(new FieldProblem("idNumber", idProblem.get().key));
            } else if (d.idType() == IdType.RESIDENT_ID) {
                LocalDate derived = IdNumbers.birthDate(d.idNumber());
                char derivedSex = IdNumbers.sex(d.idNumber());
                if (birth != null && !birth.equals(derived) && !(numberChanged && birth.equals(before.birthDate()))) {
                    problems.add(new FieldProblem("birthDate", "profile.id.birthMismatch", derived.toString()));
                }
                if (sex != null && sex != derivedSex && !(numberChanged && sex.equals(before.sex()))) {
                    problems.add(new FieldProblem("sex", "profile.id.sexMismatch"));
                }
                birth = derived;
                sex = derivedSex;
            }
        }
        if (birth == null || birth.isAfter(today.minusYears(16)) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
            if (problems.stream().noneMatch(p -> p.field().equals("idNumber") || p.field().equals("birthDate"))) {
                problems.add(new FieldProblem("birthDate", "profile.birthDate"));
            }
        }
        if (sex == null || sex != 'M' && sex != 'F') {
            if (problems.stream().noneMatch(p -> p.field().equals("idNumber") || p.field().equals("sex"))) {
                problems.add(new FieldProblem("sex", "profile.sex"));
            }
        }
        if (!Contacts.isMobile(d.mobile())) {
            problems.add(new FieldProblem("mobile", "profile.mobile"));
        }
        if (d.email() != null && !Contacts.isEmail(d.email())) {
            problems.add(new FieldProblem("email", "profile.email"));
        }
        if (d.education() == null) {
            problems.add(new FieldProblem("education", "profile.education"));
        }
        text(d.school(), "school", problems);
        text(d.major(), "major", problems);
        if (d.graduationDate() == null || d.graduationDate().isAfter(today)
                || birth != null && d.graduationDate().isBefore(birth.plusYears(14))) {
            problems.add(new FieldProblem("graduationDate", "profile.graduationDate"));
        }
        if (d.educationCertificate() != null && !CERTIFICATE.matcher(d.educationCertificate()).matches()) {
            problems.add(new FieldProblem("educationCertificate", "profile.certificate"));
        }
        if (d.work().size() > MAX_JOBS) {
            problems.add(new FieldProblem("work", "profile.work.tooMany", MAX_JOBS));
        } else {
            for (int i = 0; i < d.work().size(); i++) {
                WorkPeriod w = d.work().get(i);
                String at = "work[" + i + "].";
                text(w.employer(), at + "employer", problems);
                text(w.field(), at + "field", problems);
                if (w.from() == null || w.from().isAfter(today) || w.to() != null && (w.to().isBefore(w.from()) || w.to().isAfter(today))
                        || birth != null && w.from().isBefore(birth.plusYears(16))) {
                    problems.add(new FieldProblem(at + "from", "profile.work.dates", i + 1));
                }
            }
        }
        return new Checked(problems, birth, sex);
    }

    /**
     * The profile as it is checked and stored: texts stripped (blank ones null), the identity number by
     * {@link IdNumbers#normalize}, sex and e-mail address in one case, no work history an empty list.
     */
    public static ProfileData normalized(ProfileData d) {
        List<WorkPeriod> work = d.work() == null ? List.of() : d.work().stream()
                .map(w -> new WorkPeriod(clean(w.employer()), w.from(), w.to(), clean(w.field()))).toList();
        return new ProfileData(clean(d.realName()), d.idType(), IdNumbers.normalize(d.idNumber()), d.birthDate(),
                d.sex() == null ? null : Character.toUpperCase(d.sex()), clean(d.mobile()),
                clean(d.email()) == null ? null : clean(d.email()).toLowerCase(Locale.ROOT), d.education(), clean(d.school()),
                clean(d.major()), d.graduationDate(), clean(d.educationCertificate()), work, d.fullTime(),
                d.needsAccessibleRoom());
    }

    private static void text(String value, String field, List<FieldProblem> problems) {
        if (Texts.hidden(value)) {
            problems.add(new FieldProblem(field, "text.hidden"));
            return;
        }
        if (value == null || value.length() > MAX_TEXT || value.indexOf('<') >= 0 || value.indexOf('>') >= 0
                || value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, "profile.text", MAX_TEXT));
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
