package org.kaowu.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Candidates' profiles and photos. Every field is checked ({@link ProfileRules}) and every problem reported at once;
 * nothing is stored unless all hold. An identity number another account already claims is not refused (nobody can
 * lock its owner out): both accounts go to the office as an identity case, and their registrations are marked
 * pending until it decides.
 */
@Stateless
public class CandidateProfiles {

    @jakarta.inject.Inject
    private AuthorityClock clock;

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
        ProfileData d = ProfileRules.normalized(raw);
        CandidateProfile stored = em.find(CandidateProfile.class, accountId);
        ProfileRules.Checked checked = ProfileRules.checked(d, today, stored == null ? null : stored.data());
        List<FieldProblem> problems = checked.problems();
        LocalDate birth = checked.birthDate();
        Character sex = checked.sex();
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
            List<CandidateProfile> others = em.createNamedQuery("CandidateProfile.findOthersByIdNumber", CandidateProfile.class)
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
        IdentityCase existing = em.createNamedQuery("IdentityCase.findBetween", IdentityCase.class)
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
        for (IdentityCase c : em.createNamedQuery("IdentityCase.findOpenByAccount", IdentityCase.class).setParameter("account", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            c.withdrawn(accountId, actor, now);
            audit.record(actor, "identity.withdrawn", "IdentityCase", Long.toString(c.getId()),
                    "one side changed to another identity number", "account " + accountId);
            long other = c.other(accountId);
            CandidateProfile theirs = em.find(CandidateProfile.class, other, LockModeType.PESSIMISTIC_WRITE);
            boolean stillOpen = em.createNamedQuery("IdentityCase.findOpenByAccount", IdentityCase.class).setParameter("account", other)
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
}
