package org.kaowu.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.PageRequest;

import java.util.logging.Logger;

/**
 * With {@code -Dkaowu.demo=true}: the demonstration venues, imported once from the sample venues file when no site
 * exists: two sites in 北京市 (one with an accessible room and a spare room, one with a computer room lent on two
 * days) and one in 广东省, rooms of 30 seats in 5 × 6 with different numbering patterns.
 */
@Singleton
@Startup
public class DemoVenues {

    private static final Logger LOG = Logger.getLogger(DemoVenues.class.getName());

    @EJB
    private Venues venues;

    /** Runs (and commits) on its own, so a failure leaves the application running. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        if (!Boolean.getBoolean("kaowu.demo")) {
            return;
        }
        try {
            if (venues.sites("", PageRequest.countOnly()).total() == 0) {
                VenuePreview done = venues.importFile(VenueSamples.csv(), "demo");
                LOG.info("Demo venues ready: " + done.newSites() + " sites, " + done.rooms() + " rooms");
            }
        } catch (DomainException e) {
            // Demonstration data must never stop the application.
            LOG.warning("Demo venues not created: " + e.key());
        }
    }
}
