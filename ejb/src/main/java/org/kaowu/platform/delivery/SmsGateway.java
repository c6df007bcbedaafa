package org.kaowu.platform.delivery;

/**
 * Sends a text message to a mainland mobile number. The application ships {@link LoggingSmsGateway}; an operator's
 * gateway is another implementation of this interface, deployed as a CDI alternative with a priority.
 */
public interface SmsGateway {

    /** Sends {@code text} to {@code mobile}; a failure is thrown (the caller logs it without the number). */
    void send(String mobile, String text);
}
