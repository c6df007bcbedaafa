package org.kaowu.platform.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Contacts;
import org.kaowu.shared.DomainException;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A candidate who forgot their password asks for a reset by the contact they signed up with: an e-mail address gets
 * a link, a mobile number a six-digit code, each valid for {@link #VALIDITY} and good once. The answer to a request
 * is the same whether or not the contact has an account (no one learns who is registered); requests are counted like
 * sign-ins (per contact and source, and per source). Only the SHA-256 digest of what was sent is stored. Setting the
 * new password applies the usual rules, ends every outstanding reset of the account, forgets its failed sign-ins and
 * is audited.
 */
@Stateless
public class AccountRecovery {

    public static final Duration VALIDITY = Duration.ofMinutes(30);
    /** Requests (and wrong codes) of one contact from one source within the throttle's window before it must wait. */
    static final int CONTACT_LIMIT = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<ResetIssued> issued;

    @Inject
    private Event<AccountChanged> changed;

    /** The answer to a request, the same for every contact of a kind: a mobile number is asked for its code next. */
    public record Requested(boolean mobile, Instant lockedUntil) {
        public boolean accepted() {
            return lockedUntil == null;
        }
    }

    /** How a completion went; {@code lockedUntil} with {@code LOCKED}. */
    public record Completed(Outcome outcome, Instant lockedUntil) {
        public enum Outcome { DONE, INVALID, EXPIRED, LOCKED }
    }

    /**
     * Asks for a reset of the account signed up with {@code contact}. {@code resetPage} is the absolute address of the
     * page a mailed link opens (the token is added as {@code ?token=}). Refused only when the contact is neither a
     * mobile number nor an e-mail address.
     */
    public Requested request(String contact, String source, String resetPage, Locale locale) {
        String c = contact == null ? "" : contact.trim();
        boolean mobile = Contacts.isMobile(c);
        if (!mobile && !Contacts.isEmail(c)) {
            throw DomainException.badInput("invalid-contact", "contact", "account.badContact");
        }
        String username = c.toLowerCase(Locale.ROOT);
        String from = source == null ? "" : source;
        String pairKey = Throttle.digest("reset\n" + username + "\n" + from);
        String sourceKey = Throttle.digest("reset-source\n" + from);
        Instant now = clock.now();
        Instant locked = Throttle.lockedUntil(em, now, pairKey, sourceKey);
        if (locked != null) {
            return new Requested(mobile, locked);
        }
        Throttle.count(em, pairKey, Throttle.accountKey(username), now, CONTACT_LIMIT);
        Throttle.count(em, sourceKey, null, now, SignInThrottleEntry.SOURCE_LIMIT);
        Optional<Account> found = candidate(username);
        if (found.isPresent()) {
            Account a = found.get();
            Instant expires = now.plus(VALIDITY);
            if (mobile) {
                resets(a).stream().filter(r -> r.getChannel() == PasswordReset.Channel.SMS).forEach(em::remove);
                String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
                em.persist(new PasswordReset(a, PasswordReset.Channel.SMS, smsDigest(a, code), now, expires));
                issued.fire(new ResetIssued(PasswordReset.Channel.SMS, a.getMobile() != null ? a.getMobile() : c,
                        a.getDisplayName(), code, locale, VALIDITY.toMinutes()));
            } else {
                byte[] random = new byte[32];
                RANDOM.nextBytes(random);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                em.persist(new PasswordReset(a, PasswordReset.Channel.EMAIL, linkDigest(token), now, expires));
                issued.fire(new ResetIssued(PasswordReset.Channel.EMAIL, a.getEmail() != null ? a.getEmail() : c,
                        a.getDisplayName(), resetPage + "?token=" + token, locale, VALIDITY.toMinutes()));
            }
        }
        return new Requested(mobile, null);
    }

    /** Whether a mailed link still works (the page says so before asking for a password). */
    public Completed.Outcome checkLink(String token) {
        Optional<PasswordReset> r = link(token);
        if (r.isEmpty()) {
            return Completed.Outcome.INVALID;
        }
        return r.get().expiredAt(clock.now()) ? Completed.Outcome.EXPIRED : Completed.Outcome.DONE;
    }

    /** Sets a new password by a mailed link's token. */
    public Completed completeByLink(String token, char[] password) {
        Optional<PasswordReset> found = link(token);
        if (found.isEmpty()) {
            return new Completed(Completed.Outcome.INVALID, null);
        }
        PasswordReset r = found.get();
        if (r.expiredAt(clock.now())) {
            em.remove(r);
            return new Completed(Completed.Outcome.EXPIRED, null);
        }
        Account a = r.getAccount();
        Accounts.checkPassword(password, a.getUsername());
        apply(a, password, PasswordReset.Channel.EMAIL);
        return new Completed(Completed.Outcome.DONE, null);
    }

    /**
     * Sets a new password by the code sent to {@code contact}. A wrong code, or a contact without an account, answer
     * alike and count (per contact and source); five wrong codes also spend the reset.
     */
    public Completed completeByCode(String contact, String code, char[] password, String source) {
        String username = contact == null ? "" : contact.trim().toLowerCase(Locale.ROOT);
        String from = source == null ? "" : source;
        String pairKey = Throttle.digest("reset-code\n" + username + "\n" + from);
        String sourceKey = Throttle.digest("source\n" + from);
        Instant now = clock.now();
        Instant locked = Throttle.lockedUntil(em, now, pairKey, sourceKey);
        if (locked != null) {
            return new Completed(Completed.Outcome.LOCKED, locked);
        }
        Accounts.checkPassword(password, username);
        String c = code == null ? "" : code.strip();
        Optional<Account> found = candidate(username);
        List<PasswordReset> sms = found.map(a -> resets(a).stream()
                .filter(r -> r.getChannel() == PasswordReset.Channel.SMS).toList()).orElse(List.of());
        String digest = found.isPresent() && c.matches("[0-9]{6}") ? smsDigest(found.get(), c) : null;
        Optional<PasswordReset> match = sms.stream()
                .filter(r -> digest != null && java.security.MessageDigest.isEqual(
                        r.tokenDigest().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        digest.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .findFirst();
        if (match.isEmpty()) {
            for (PasswordReset r : sms) {
                if (r.wrongCode()) {
                    em.remove(r);
                }
            }
            SignInThrottleEntry pair = Throttle.count(em, pairKey, Throttle.accountKey(username), now, CONTACT_LIMIT);
            Throttle.count(em, sourceKey, null, now, SignInThrottleEntry.SOURCE_LIMIT);
            return pair.lockedAt(now) ? new Completed(Completed.Outcome.LOCKED, pair.getLockedUntil())
                    : new Completed(Completed.Outcome.INVALID, null);
        }
        if (match.get().expiredAt(now)) {
            em.remove(match.get());
            return new Completed(Completed.Outcome.EXPIRED, null);
        }
        apply(found.get(), password, PasswordReset.Channel.SMS);
        return new Completed(Completed.Outcome.DONE, null);
    }

    private void apply(Account a, char[] password, PasswordReset.Channel channel) {
        a.changePassword(PasswordHasher.hash(password), false);
        resets(a).forEach(em::remove);
        Throttle.clearAccount(em, a.getUsername());
        audit.record(a.getUsername(), "account.password.reset", "Account", a.getUsername(), null,
                channel == PasswordReset.Channel.EMAIL ? "link" : "code");
        changed.fire(new AccountChanged(a.getUsername()));
    }

    private Optional<Account> candidate(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", username)
                .getResultStream().filter(a -> a.getRole() == Role.CANDIDATE && a.isEnabled()).findFirst();
    }

    private List<PasswordReset> resets(Account a) {
        return em.createNamedQuery("PasswordReset.findByAccount", PasswordReset.class).setParameter("account", a)
                .getResultList();
    }

    private Optional<PasswordReset> link(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createNamedQuery("PasswordReset.findByDigest", PasswordReset.class)
                .setParameter("digest", linkDigest(token)).setParameter("channel", PasswordReset.Channel.EMAIL)
                .getResultStream().findFirst();
    }

    static String linkDigest(String token) {
        return Throttle.digest("email\n" + token);
    }

    static String smsDigest(Account a, String code) {
        return Throttle.digest("sms\n" + a.getId() + "\n" + code);
    }
}
