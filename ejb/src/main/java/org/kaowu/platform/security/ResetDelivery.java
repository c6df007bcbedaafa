package org.kaowu.platform.security;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.kaowu.platform.delivery.Mailer;
import org.kaowu.platform.delivery.SmsGateway;
import org.kaowu.shared.Messages;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends reset links and codes on a background thread ({@link Asynchronous}), after the request that asked has its
 * answer: a slow or broken SMTP server or SMS gateway never holds a request, and the requester always gets the same
 * neutral answer. A failure is logged by its kind only (no address, number, name or code).
 */
@Stateless
public class ResetDelivery {

    private static final Logger LOG = Logger.getLogger(ResetDelivery.class.getName());

    @Inject
    private Mailer mailer;

    @Inject
    private SmsGateway sms;

    @Asynchronous
    public void deliver(ResetIssued issued) {
        try {
            if (issued.channel() == PasswordReset.Channel.EMAIL) {
                mailer.send(issued.to(), Messages.text(issued.locale(), "reset.mail.subject"),
                        Messages.text(issued.locale(), "reset.mail.body", issued.displayName(), issued.secret(),
                                issued.minutes()));
            } else {
                sms.send(issued.to(), Messages.text(issued.locale(), "reset.sms.text", issued.secret(), issued.minutes()));
            }
            LOG.info("Password reset " + issued.channel() + " message handed over");
        } catch (Exception e) {
            // Exception messages may quote the address: only the kind is logged.
            LOG.log(Level.WARNING, "Password reset " + issued.channel() + " message could not be sent: "
                    + e.getClass().getName());
        }
    }
}
