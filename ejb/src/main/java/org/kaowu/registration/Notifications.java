package org.kaowu.registration;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
                Messages.text(Messages.CHINESE, key + ".body", exam, reason), clock.now()));
    }

    public List<Notification> of(long accountId) {
        return em.createNamedQuery("Notification.findByAccount", Notification.class).setParameter("account", accountId)
                .setMaxResults(50).getResultList();
    }
}
