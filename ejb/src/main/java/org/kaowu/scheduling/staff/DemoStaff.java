package org.kaowu.scheduling.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.PageRequest;

import java.util.logging.Logger;

/**
 * With {@code -Dkaowu.demo=true}: the demonstration staff pool, imported once from the sample staff file when the pool
 * is empty (26 people in 北京市 and 12 in 广东省, enough for the demonstration venues with chief examiners, site heads,
 * inspectors and reserves), and the demonstration {@code supervisor} account linked to the first of 北京市, so that
 * signing in as {@code supervisor} shows that person's duties once a roster is made.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "DemoVenues"})
public class DemoStaff {

    public static final String DEMO_ACCOUNT = "supervisor";
    private static final Logger LOG = Logger.getLogger(DemoStaff.class.getName());

    @EJB
    private StaffPool pool;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        if (!Boolean.getBoolean("kaowu.demo")) {
            return;
        }
        try {
            if (pool.list("", "", PageRequest.countOnly()).total() == 0) {
                StaffPreview done = pool.importFile(StaffSamples.csv(), "demo");
                LOG.info("Demo staff pool ready: " + done.newStaff() + " people");
                if (pool.byAccount(DEMO_ACCOUNT).isEmpty()) {
                    pool.linkDemoAccount(DEMO_ACCOUNT, "北京市", "demo");
                }
            }
        } catch (DomainException e) {
            LOG.warning("Demo staff pool not created: " + e.key());
        }
    }
}
