package org.kaowu.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Demonstration data only ({@code -Dkaowu.demo.certificates=true}, set by the README's run command): the sitting of a
 * demo candidate in last year's demonstration exam, whose registration window closed long ago, so that the
 * certificate pages have a certificate to show on a fresh install. The registration is stored as the registration
 * desk would have stored it at {@code at} (the commitment path, the notice of the exam signed, no fee); everything
 * after it (scores, the listing, the certificate gate and batch) runs through the real services. Refused unless the
 * property is set, so a production server can never backdate a registration through it.
 */
@Stateless
public class DemoSittings {

    public static final String ENABLED = "kaowu.demo.certificates";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Registrations registrations;

    /** The registration id of the new sitting (the account must have a profile and a photo). */
    public long pastSitting(long accountId, int year, String code, String level, String area, List<String> subjects,
                            Instant at) {
        if (!Boolean.getBoolean(ENABLED)) {
            throw new IllegalStateException("demonstration data only: -D" + ENABLED + "=true is not set");
        }
        RegistrationTarget target = registrations.target(year, code, level);
        Registration r = new Registration(accountId, target.examId(), year, code, level, area, subjects,
                RegistrationPath.COMMITMENT, new Eligibility.Facts(EducationLevel.BACHELOR, MajorRelation.SAME, 4, 4),
                "演示数据：往年考试的报名（" + level + "）", "demo-past-sitting-" + accountId + "-" + target.examId(),
                false, BigDecimal.ZERO, at);
        r.sign(target.notice(null, false), at, "127.0.0.1", "demo");
        em.persist(r);
        em.flush();
        return r.getId();
    }
}
