package org.kaowu.registration;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.plan.Exam;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Messages;

import java.util.List;

/** Tells candidates about decisions on their registrations (stored, shown on their pages; in Chinese, as notices are). */
@Stateless
public class Notifications {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    /** A notice from the {@code <key>.title} and {@code <key>.body} messages, with the exam and the reason. */
    public void notify(long accountId, String key, String exam, String reason) {
        em.persist(new Notification(accountId, Messages.text(Messages.CHINESE, key + ".title", exam),
                sentences(Messages.text(Messages.CHINESE, key + ".body", arguments(exam, reason))), clock.now())
                .about(key, exam, reason));
    }

    /** Separates the parts of a notice's reason when it has more than one ({@link #notify(Registration, String, String...)}). */
    static final char PART = '\u001F';

    /**
     * A notice about a registration whose message takes several values after the exam ({1}, {2}, …: the office's reason,
     * then facts such as a site, a room and a seat), kept as they are written and put in the message in the reader's
     * language.
     */
    public void notify(Registration r, String key, String... parts) {
        notify(r, key, String.join(String.valueOf(PART), parts));
    }

    /** The message's arguments: the exam, then the reason (without its closing stop), or each of its parts. */
    static Object[] arguments(String exam, String reason) {
        if (reason == null || reason.indexOf(PART) < 0) {
            return new Object[]{exam, reason(reason)};
        }
        String[] parts = reason.split(String.valueOf(PART), -1);
        Object[] out = new Object[parts.length + 1];
        out[0] = exam;
        for (int i = 0; i < parts.length; i++) {
            out[i + 1] = i == 0 ? reason(parts[i]) : parts[i];
        }
        return out;
    }

    /**
     * A notice about a registration, naming its exam as people know it: the qualification and the level registered
     * for ("经济专业技术资格 中级"), never the plan's internal code.
     */
    public void notify(Registration r, String key, String reason) {
        Exam exam = em.find(Exam.class, r.getExamId());
        String name = exam == null ? r.getExamCode() : exam.title(r.getLevel());
        notify(r.getAccountId(), key, name, reason);
    }

    /** A reason as written, without its closing full stop: the templates end their sentences themselves. */
    static String reason(String reason) {
        if (reason == null) {
            return "";
        }
        return reason.strip().replaceAll("[。．.！!；;，,、\\s]+$", "");
    }

    /** No doubled stops where a reason or an empty part meets the template's own ("。。", "。 。", ".."). */
    static String sentences(String text) {
        return text.replaceAll("。(\\s*。)+", "。").replaceAll("(?<!\\.)\\.\\s*\\.(?!\\.)", ".").strip();
    }

    public List<Notification> of(long accountId) {
        return em.createNamedQuery("Notification.findByAccount", Notification.class).setParameter("account", accountId)
                .setMaxResults(50).getResultList();
    }
}
