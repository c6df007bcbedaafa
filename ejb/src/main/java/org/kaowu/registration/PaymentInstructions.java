package org.kaowu.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Texts;

import java.util.List;
import java.util.Optional;

/**
 * The exam office's payment instructions: per area, with a national default for areas that have none. Candidates see
 * the text for their registration's area; every change is audited (old and new text's length, who, when).
 */
@Stateless
public class PaymentInstructions {

    @Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /** Every area's own text and the national default (under {@link PaymentInstruction#NATIONAL}). */
    public List<PaymentInstruction> all() {
        return em.createNamedQuery("PaymentInstruction.findAll", PaymentInstruction.class).getResultList();
    }

    /** The text stored for exactly this area (or {@link PaymentInstruction#NATIONAL}), if any. */
    public Optional<PaymentInstruction> own(String area) {
        return Optional.ofNullable(area == null ? null : em.find(PaymentInstruction.class, area));
    }

    /** What a candidate registered in {@code area} is told: the area's own text, else the national default. */
    public Optional<PaymentInstruction> forArea(String area) {
        return own(area).or(() -> own(PaymentInstruction.NATIONAL));
    }

    /**
     * Sets (or, with an empty Chinese text, removes) an area's instructions; the national default may be changed but
     * not removed. Chinese is required, English optional (English pages show the Chinese text when it is missing).
     */
    public Optional<PaymentInstruction> save(String area, String zh, String en, String actor) {
        String a = area == null ? "" : area.strip();
        if (!PaymentInstruction.NATIONAL.equals(a) && !Areas.ALL.contains(a)) {
            throw DomainException.unprocessable("invalid-payment-instructions", "area", "registration.area", String.join("、", Areas.ALL));
        }
        String textZh = clean(zh);
        String textEn = clean(en);
        check(textZh, "textZh");
        check(textEn, "textEn");
        PaymentInstruction p = em.find(PaymentInstruction.class, a, LockModeType.PESSIMISTIC_WRITE);
        if (textZh == null) {
            if (PaymentInstruction.NATIONAL.equals(a) || textEn != null) {
                throw DomainException.unprocessable("invalid-payment-instructions", "textZh", "payment.instructions.required");
            }
            if (p != null) {
                em.remove(p);
                audit.record(actor, "payment.instructions.remove", "PaymentInstructions", a, null, null);
            }
            return Optional.empty();
        }
        boolean created = p == null;
        if (created) {
            p = new PaymentInstruction(a);
        }
        p.set(textZh, textEn, actor, clock.now());
        if (created) {
            em.persist(p);
        }
        // The text as published (each part cut to fit the audit record): what candidates were told, and from when.
        audit.record(actor, "payment.instructions", "PaymentInstructions", a, null,
                "zh: " + cut(textZh) + "\nen: " + (textEn == null ? "" : cut(textEn)));
        return Optional.of(p);
    }

    private static void check(String text, String field) {
        if (text == null) {
            return;
        }
        if (Texts.hiddenMultiline(text)) {
            throw DomainException.unprocessable("invalid-payment-instructions", field, "text.hidden");
        }
        if (text.length() > PaymentInstruction.MAX_TEXT) {
            throw DomainException.unprocessable("invalid-payment-instructions", field, "payment.instructions.tooLong",
                    PaymentInstruction.MAX_TEXT, text.length());
        }
    }

    private static String cut(String text) {
        return text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\r\n", "\n").strip();
        return t.isEmpty() ? null : t;
    }
}
