package org.kaowu.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Candidates' profiles and photos. Every field is checked and every problem reported at once; nothing is stored
 * unless all hold. An identity number another account already claims is not refused (nobody can lock its owner
 * out): both accounts go to the office as an identity case, and their registrations are marked pending until it
 * decides.
 */
@Stateless
public class CandidateProfiles {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    /** Chinese names (with the middle dot of minority and foreign names) or Latin letters; no digits, no markup. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z·•. '\\-]{0,48}[\\p{IsHan}A-Za-z.]");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9.\\-]{1,190}\\.[A-Za-z]{2,20}");
    private static final Pattern CERTIFICATE = Pattern.compile("[A-Za-z0-9\\-]{1,50}");
    private static final int MAX_JOBS = 20;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private Notifications notifications;

    /** The profile with its work history loaded. */
    public Optional<CandidateProfile> find(long accountId) {
        CandidateProfile p = em.find(CandidateProfile.class, accountId);
        if (p != null) {
            p.workPeriods();
        }
        return Optional.ofNullable(p);
    }

    /** The profile saved, and whether its identity number is now disputed with another account. */
    public record Saved(CandidateProfile profile, boolean disputed) {
    }

    public Saved save(long accountId, ProfileData raw, String actor) {
        LocalDate today = clock.today();
        List<FieldProblem> problems = new ArrayList<>();
        ProfileData d = normalized(raw);
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
                if (birth != null && !birth.equals(derived)) {
                    problems.add(new FieldProblem("birthDate", "profile.id.birthMismatch", derived.toString()));
                }
                if (sex != null && sex != derivedSex) {
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
        if (d.mobile() == null || !MOBILE.matcher(d.mobile()).matches()) {
            problems.add(new FieldProblem("mobile", "profile.mobile"));
        }
        if (d.email() != null && (d.email().length() > 200 || !EMAIL.matcher(d.email()).matches())) {
            problems.add(new FieldProblem("email", "profile.email"));
        }
        if (d.education() == null) {
            problems.add(new FieldProblem("education", "profile.education"));
        }
        text(d.school(), "school", 100, problems);
        text(d.major(), "major", 100, problems);
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
                text(w.employer(), at + "employer", 100, problems);
                text(w.field(), at + "field", 100, problems);
                if (w.from() == null || w.from().isAfter(today) || w.to() != null && (w.to().isBefore(w.from()) || w.to().isAfter(today))
                        || birth != null && w.from().isBefore(birth.plusYears(16))) {
                    problems.add(new FieldProblem(at + "from", "profile.work.dates", i + 1));
                }
            }
        }
        if (!problems.isEmpty()) {
            DomainException e = DomainException.unprocessable("invalid-profile", problems.get(0).field(), "profile.invalid",
                    problems.size());
            e.with("problems", new ArrayList<>(problems));
            throw e;
        }
        Instant now = clock.now();
        CandidateProfile profile = em.find(CandidateProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        boolean created = profile == null;
        if (created) {
            profile = new CandidateProfile(accountId);
        }
        String before = profile.getIdNumber();
        profile.update(d, birth, sex, now);
        if (created) {
            em.persist(profile);
        }
        boolean disputed = false;
        boolean changed = before != null && !d.idNumber().equals(before);
        if (changed) {
            // A new number starts afresh: whatever was decided about the old one does not carry over, and an open
            // case about the old one has nothing left to decide.
            profile.identity(CandidateProfile.IdentityStatus.CLAIMED);
            withdrawClaim(accountId, actor, now);
        }
        if (!d.idNumber().equals(before) || profile.getIdentityStatus() != CandidateProfile.IdentityStatus.CONFIRMED) {
            List<CandidateProfile> others = em.createNamedQuery("CandidateProfile.byIdNumber", CandidateProfile.class)
                    .setParameter("number", d.idNumber()).setParameter("account", accountId).getResultList();
            for (CandidateProfile other : others) {
                if (other.getIdentityStatus() != CandidateProfile.IdentityStatus.REJECTED) {
                    disputed |= dispute(profile, other, now);
                }
            }
            if (!disputed && profile.getIdentityStatus() == CandidateProfile.IdentityStatus.DISPUTED && !d.idNumber().equals(before)) {
                profile.identity(CandidateProfile.IdentityStatus.CLAIMED);
            }
        }
        if (changed && !disputed) {
            settled(accountId);
        }
        em.flush();
        audit.record(actor, created ? "profile.create" : "profile.update", "CandidateProfile", Long.toString(accountId),
                null, disputed ? "identity number disputed with another account" : null);
        return new Saved(profile, disputed);
    }

    /**
     * Opens (or reopens) the identity case between the two accounts and marks the claim disputed. An owner the office
     * has already confirmed stays confirmed, and their registrations stay as they are: only the new claim waits.
     * Returns whether the claim is disputed.
     */
    private boolean dispute(CandidateProfile mine, CandidateProfile other, Instant now) {
        long first = Math.min(mine.getAccountId(), other.getAccountId());
        long second = Math.max(mine.getAccountId(), other.getAccountId());
        IdentityCase existing = em.createNamedQuery("IdentityCase.between", IdentityCase.class)
                .setParameter("first", first).setParameter("second", second).getResultStream().findFirst().orElse(null);
        if (existing == null) {
            em.persist(new IdentityCase(mine.getIdNumber(), first, second, now));
        } else if (existing.getStatus() == IdentityCase.Status.WITHDRAWN
                || existing.getStatus() == IdentityCase.Status.RESOLVED && !existing.getIdNumber().equals(mine.getIdNumber())) {
            existing.reopen(mine.getIdNumber(), now);
        } else if (existing.getStatus() == IdentityCase.Status.RESOLVED) {
            return false;
        }
        // Only the new claim waits: the earlier holder keeps a working profile and working registrations until the
        // office decides, and is told that a claim was made (so a squatter cannot silently hold up the owner).
        mine.identity(CandidateProfile.IdentityStatus.DISPUTED);
        em.createQuery("update Registration r set r.identityPending = true where r.accountId = :account")
                .setParameter("account", mine.getAccountId()).executeUpdate();
        notifications.notify(other.getAccountId(), "notice.identity.claimed", "", "");
        return true;
    }

    /**
     * The account moved to another number: its open identity cases close (audited), and the other side, if it has no
     * other open case, holds its number undisputed again, its registrations no longer pending, and is told so.
     */
    private void withdrawClaim(long accountId, String actor, Instant now) {
        for (IdentityCase c : em.createNamedQuery("IdentityCase.openOf", IdentityCase.class).setParameter("account", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            c.withdrawn(accountId, actor, now);
            audit.record(actor, "identity.withdrawn", "IdentityCase", Long.toString(c.getId()),
                    "one side changed to another identity number", "account " + accountId);
            long other = c.other(accountId);
            CandidateProfile theirs = em.find(CandidateProfile.class, other, LockModeType.PESSIMISTIC_WRITE);
            boolean stillOpen = em.createNamedQuery("IdentityCase.openOf", IdentityCase.class).setParameter("account", other)
                    .getResultStream().anyMatch(o -> !o.getId().equals(c.getId()));
            if (theirs != null && theirs.getIdentityStatus() == CandidateProfile.IdentityStatus.DISPUTED && !stillOpen) {
                theirs.identity(CandidateProfile.IdentityStatus.CLAIMED);
                settled(other);
                notifications.notify(other, "notice.identity.withdrawn", "", "");
            } else if (theirs != null && !stillOpen) {
                notifications.notify(other, "notice.identity.claimWithdrawn", "", "");
            }
        }
    }

    /** The account's registrations no longer wait for an identity decision. */
    private void settled(long accountId) {
        em.createQuery("update Registration r set r.identityPending = false where r.accountId = :account and r.identityPending = true")
                .setParameter("account", accountId).executeUpdate();
    }

    /**
     * Stores the candidate's ID photo after {@link PhotoRules}; the profile comes first. What is stored (and its
     * SHA-256) is the photo as written again by the rules, never the bytes uploaded.
     */
    public CandidatePhoto savePhoto(long accountId, byte[] bytes, String actor) {
        PhotoRules.Clean clean;
        try {
            clean = PhotoRules.clean(bytes);
        } catch (UploadRefused r) {
            if (r.key().equals("upload.busy")) {
                throw new DomainException("busy", 503, "photo", r.key());
            }
            throw DomainException.unprocessable("invalid-photo", "photo", r.key(), r.args());
        }
        PhotoRules.Checked size = clean.size();
        if (em.find(CandidateProfile.class, accountId) == null) {
            throw DomainException.conflict("profile-missing", "photo", "profile.first");
        }
        CandidatePhoto photo = em.find(CandidatePhoto.class, accountId);
        boolean created = photo == null;
        if (created) {
            photo = new CandidatePhoto(accountId);
        }
        photo.replace(clean.jpeg(), size, CommitmentNotice.sha256Of(clean.jpeg()), clock.now());
        if (created) {
            em.persist(photo);
        }
        audit.record(actor, "profile.photo", "CandidateProfile", Long.toString(accountId), null,
                size.width() + "x" + size.height());
        return photo;
    }

    /** Whether the candidate has a photo, without reading it. */
    public boolean hasPhoto(long accountId) {
        return em.createQuery("select count(p) from CandidatePhoto p where p.accountId = :account", Long.class)
                .setParameter("account", accountId).getSingleResult() > 0;
    }

    public Optional<CandidatePhoto> photo(long accountId) {
        return Optional.ofNullable(em.find(CandidatePhoto.class, accountId));
    }

    private static void text(String value, String field, int max, List<FieldProblem> problems) {
        if (Texts.hidden(value)) {
            problems.add(new FieldProblem(field, "text.hidden"));
            return;
        }
        if (value == null || value.length() > max || value.indexOf('<') >= 0 || value.indexOf('>') >= 0
                || value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, "profile.text", max));
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static ProfileData normalized(ProfileData d) {
        List<WorkPeriod> work = d.work() == null ? List.of() : d.work().stream()
                .map(w -> new WorkPeriod(clean(w.employer()), w.from(), w.to(), clean(w.field()))).toList();
        return new ProfileData(clean(d.realName()), d.idType(), IdNumbers.normalize(d.idNumber()), d.birthDate(),
                d.sex() == null ? null : Character.toUpperCase(d.sex()), clean(d.mobile()),
                clean(d.email()) == null ? null : clean(d.email()).toLowerCase(Locale.ROOT), d.education(), clean(d.school()),
                clean(d.major()), d.graduationDate(), clean(d.educationCertificate()), work, d.fullTime());
    }
}
