package org.kaowu.platform.delivery;

import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Date;

/**
 * Plain-text mail through the server's mail session ({@code java:jboss/mail/Kaowu}, see config/wildfly). Connecting,
 * reading and writing each give up after {@link #TIMEOUT_MS} ms, so an SMTP server that does not answer costs
 * seconds, not a thread for good. Callers send from a background thread, never from a request.
 */
@Stateless
public class Mailer {

    public static final String SESSION = "java:jboss/mail/Kaowu";
    static final String TIMEOUT_MS = "5000";

    /** Sends the mail; a failure is thrown as it is (the caller logs its kind, never the address or text). */
    public void send(String to, String subject, String body) throws MessagingException {
        Session session = session();
        MimeMessage m = new MimeMessage(session);
        m.setFrom();
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        m.setSentDate(new Date());
        Transport.send(m);
    }

    private static Session session() throws MessagingException {
        Session session;
        try {
            session = (Session) new InitialContext().lookup(SESSION);
        } catch (NamingException e) {
            throw new MessagingException("no mail session at " + SESSION);
        }
        // The server's session sets no timeouts (Jakarta Mail then waits for ever); these are read at each connect.
        for (String protocol : new String[]{"smtp", "smtps"}) {
            session.getProperties().setProperty("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
            session.getProperties().setProperty("mail." + protocol + ".timeout", TIMEOUT_MS);
            session.getProperties().setProperty("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        }
        return session;
    }
}
