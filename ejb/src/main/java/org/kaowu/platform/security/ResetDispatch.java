package org.kaowu.platform.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Hands a reset to {@link ResetDelivery} only once the reset's digest is committed (a rolled-back one sends nothing). */
@ApplicationScoped
public class ResetDispatch {

    @EJB
    private ResetDelivery delivery;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResetIssued issued) {
        delivery.deliver(issued);
    }
}
