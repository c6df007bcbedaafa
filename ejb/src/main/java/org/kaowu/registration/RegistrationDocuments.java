package org.kaowu.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.util.List;

/**
 * The proof a candidate adds to a registration under review (PDF or JPEG, checked by its structure and stored as
 * written again), and the office's view of it.
 */
@Stateless
public class RegistrationDocuments {

    @Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /** A document's description, without its bytes. */
    public record DocumentInfo(Long id, String fileName, String contentType, int size, Instant uploadedAt) {
    }

    /** The candidate adds a proof document (PDF or JPEG, at most 2 MB) to a proof registration under review. */
    public RegistrationDocument add(long accountId, long id, String fileName, byte[] content, String actor) {
        Registration r = em.find(Registration.class, id);
        if (r == null || !r.ownedBy(accountId)) {
            throw new DomainException("no-such-registration", 404, "id", "registration.none");
        }
        r.checkOpenForDocuments();
        String type = RegistrationDocument.type(content);
        if (content == null || content.length == 0 || content.length > RegistrationDocument.MAX_BYTES || type == null) {
            throw DomainException.unprocessable("invalid-document", "document", "registration.document.invalid",
                    RegistrationDocument.MAX_BYTES / 1024 / 1024);
        }
        long count = em.createNamedQuery("RegistrationDocument.countByRegistration", Long.class).setParameter("registration", id).getSingleResult();
        if (count >= RegistrationDocument.MAX_PER_REGISTRATION) {
            throw DomainException.conflict("documents-closed", "document", "registration.document.tooMany",
                    RegistrationDocument.MAX_PER_REGISTRATION);
        }
        // Checked by its structure, not its first bytes; a JPEG is stored as written again (no EXIF, no tail).
        DocumentRules.Checked checked;
        try {
            checked = DocumentRules.check(content);
        } catch (UploadRefused refused) {
            if (refused.key().equals("upload.busy")) {
                throw new DomainException("busy", 503, "document", refused.key());
            }
            throw DomainException.unprocessable("invalid-document", "document", refused.key(), refused.args());
        }
        type = checked.contentType();
        byte[] stored = checked.content();
        Instant now = clock.now();
        RegistrationDocument d = new RegistrationDocument(id, RegistrationDocument.safeName(fileName, type), type, stored,
                CommitmentNotice.sha256Of(stored), now);
        em.persist(d);
        r.resubmitted(now);
        audit.record(actor, "registration.document", "Registration", Long.toString(id), null, type + " " + stored.length + " bytes");
        return d;
    }

    /** A registration's documents, oldest first, without their bytes. */
    public List<DocumentInfo> of(long registrationId) {
        return em.createQuery("select new org.kaowu.registration.RegistrationDocuments$DocumentInfo(d.id, d.fileName,"
                        + " d.contentType, d.size, d.uploadedAt) from RegistrationDocument d where d.registrationId = :registration"
                        + " order by d.uploadedAt", DocumentInfo.class)
                .setParameter("registration", registrationId).getResultList();
    }

    /** The candidate's own registration's documents, oldest first, without their bytes. */
    public List<DocumentInfo> mine(long accountId, long registrationId) {
        own(accountId, registrationId);
        return of(registrationId);
    }

    /**
     * The candidate takes a document back: only from their own registration, and only while the proof still waits for
     * the office's decision (the same time documents may be added). Audited.
     */
    public void remove(long accountId, long registrationId, long documentId, String actor) {
        // Locked: the office's decision and this removal do not cross.
        Registration r = em.find(Registration.class, registrationId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !r.ownedBy(accountId)) {
            throw new DomainException("no-such-registration", 404, "id", "registration.none");
        }
        RegistrationDocument d = document(registrationId, documentId);
        if (!r.underReview()) {
            throw DomainException.conflict("documents-closed", "document", "registration.document.removeClosed");
        }
        em.remove(d);
        audit.record(actor, "registration.document.remove", "Registration", Long.toString(registrationId), null,
                "document " + documentId + " " + d.getContentType() + " " + d.getSize() + " bytes");
    }

    private Registration own(long accountId, long registrationId) {
        Registration r = em.find(Registration.class, registrationId);
        if (r == null || !r.ownedBy(accountId)) {
            throw new DomainException("no-such-registration", 404, "id", "registration.none");
        }
        return r;
    }

    /** One document of a registration, or a 404-style refusal. */
    public RegistrationDocument document(long registrationId, long documentId) {
        RegistrationDocument d = em.find(RegistrationDocument.class, documentId);
        if (d == null || d.getRegistrationId() != registrationId) {
            throw new DomainException("no-such-registration", 404, "doc", "registration.none");
        }
        return d;
    }
}
