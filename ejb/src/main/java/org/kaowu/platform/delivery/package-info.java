/**
 * Messages sent to people outside the application: e-mail through the server's Jakarta Mail session
 * ({@code java:jboss/mail/Kaowu}, SMTP host and port from {@code -Dkaowu.mail.host} / {@code -Dkaowu.mail.port}), and
 * SMS through the {@link org.kaowu.platform.delivery.SmsGateway} (a logging gateway unless a real one is deployed).
 * Nothing here logs an address, a number or the text sent.
 */
package org.kaowu.platform.delivery;
