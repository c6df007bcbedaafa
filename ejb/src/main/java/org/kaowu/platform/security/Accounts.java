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
import org.kaowu.shared.Texts;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signing up, signing in, changing one's password, and the ADMIN's tools: creating staff accounts, unlocking,
 * disabling and enabling an account, and resetting its password to a temporary one. Every ADMIN decision is audited
 * with its reason.
 */
@Stateless
public class Accounts {

    @Inject
    private AuthorityClock clock;

    static final Pattern STAFF_USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;
    static final int MAX_REASON = 500;
    /** Temporary passwords: no look-alike characters (0/O, 1/l/I), as they are read out or copied by hand. */
    private static final String TEMPORARY_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String TEMPORARY_DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<AccountChanged> changed;

    /** A candidate signs up with a mainland mobile number or an e-mail address, which becomes the user name. */
    public String signUpCandidate(String contact, String displayName, char[] password) {
        String c = contact == null ? "" : contact.trim();
        boolean mobile = Contacts.isMobile(c);
        if (!mobile && !Contacts.isEmail(c)) {
            throw DomainException.badInput("invalid-account", "contact", "account.badContact");
        }
        String username = c.toLowerCase(Locale.ROOT);
        String name = checkDisplayName(displayName);
        checkPassword(password, username);
        if (find(username).isPresent()) {
            throw DomainException.conflict("account-exists", "contact", "account.exists", c);
        }
        em.persist(new Account(username, name, Role.CANDIDATE, PasswordHasher.hash(password),
                mobile ? c : null, mobile ? null : c, clock.now(), "self"));
        return username;
    }

    /** An ADMIN creates an account for exam-office staff, a supervisor or another ADMIN. */
    public String createStaff(String username, String displayName, Role role, char[] password, String actor) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!STAFF_USERNAME.matcher(u).matches()) {
            throw DomainException.badInput("invalid-account", "username", "account.badUsername");
        }
        if (role == null || !role.staff()) {
            throw DomainException.badInput("invalid-account", "role", "account.badRole");
        }
        String name = checkDisplayName(displayName);
        checkPassword(password, u);
        if (find(u).isPresent()) {
            throw DomainException.conflict("account-exists", "username", "account.staffExists", u);
        }
        em.persist(new Account(u, name, role, PasswordHasher.hash(password), null, null, clock.now(), actor));
        audit.record(actor, "account.create", "Account", u, null, "role " + role);
        return u;
    }

    /**
     * Checks a password tried from {@code source} (the client's address). Failures are counted per user name and
     * source (five lock that pair for fifteen minutes) and per source whatever the name (a higher limit), whether or
     * not the name exists: an unknown name and a known one get the same answers, and nobody elsewhere can lock an
     * account's owner out. While a key is locked the password is not looked at, so guessing gains nothing; an unknown
     * name costs the same time as a wrong password. A disabled account answers {@code DISABLED} to its right password
     * only (a wrong one counts as any failure).
     */
    public SignInResult signIn(String username, char[] password, String source) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String from = source == null ? "" : source;
        String nameKey = Throttle.digest("name\n" + u + "\n" + from);
        String sourceKey = Throttle.digest("source\n" + from);
        Instant now = clock.now();
        Instant lockedUntil = Throttle.lockedUntil(em, now, nameKey, sourceKey);
        if (lockedUntil != null) {
            return SignInResult.locked(lockedUntil);
        }
        Optional<Account> found = password == null || password.length == 0 || password.length > MAX_PASSWORD
                ? Optional.empty() : find(u);
        if (found.isEmpty()) {
            if (password != null && password.length > 0 && password.length <= MAX_PASSWORD) {
                PasswordHasher.verifyDecoy(password);
            }
            return failed(now, u, nameKey, sourceKey);
        }
        Account account = found.get();
        if (PasswordHasher.verify(password, account.getPasswordHash())) {
            if (!account.isEnabled()) {
                return SignInResult.disabled();
            }
            SignInThrottleEntry pair = em.find(SignInThrottleEntry.class, nameKey);
            if (pair != null) {
                em.remove(pair);
            }
            return SignInResult.valid(account);
        }
        return failed(now, u, nameKey, sourceKey);
    }

    private SignInResult failed(Instant now, String username, String nameKey, String sourceKey) {
        SignInThrottleEntry pair = Throttle.count(em, nameKey, Throttle.accountKey(username), now, SignInThrottleEntry.NAME_LIMIT);
        SignInThrottleEntry from = Throttle.count(em, sourceKey, null, now, SignInThrottleEntry.SOURCE_LIMIT);
        Instant until = pair.lockedAt(now) ? pair.getLockedUntil() : from.lockedAt(now) ? from.getLockedUntil() : null;
        return until == null ? SignInResult.invalid() : SignInResult.locked(until);
    }

    /**
     * The holder changes their own password: the current one (or the temporary one an ADMIN set) first, then a new
     * one under the usual rules, which must differ from the current one. Audited.
     */
    public void changePassword(String username, char[] current, char[] password) {
        Account a = find(username).orElseThrow(() -> DomainException.badInput("invalid-account", "current",
                "account.currentPasswordWrong"));
        if (current == null || current.length == 0 || current.length > MAX_PASSWORD
                || !PasswordHasher.verify(current, a.getPasswordHash())) {
            throw DomainException.badInput("invalid-account", "current", "account.currentPasswordWrong");
        }
        checkPassword(password, a.getUsername());
        if (java.util.Arrays.equals(current, password)) {
            throw DomainException.badInput("invalid-account", "password", "account.passwordUnchanged");
        }
        boolean wasTemporary = a.isMustChangePassword();
        a.changePassword(PasswordHasher.hash(password), false);
        audit.record(a.getUsername(), "account.password.change", "Account", a.getUsername(), null,
                wasTemporary ? "replaced temporary password" : null);
        changed.fire(new AccountChanged(a.getUsername()));
    }

    /** ADMIN: forgets the account's failed sign-ins (from every source), so that it may sign in again at once. */
    public void unlock(String username, String reason, String actor) {
        Account a = existing(username);
        String why = checkReason(reason);
        int rows = Throttle.clearAccount(em, a.getUsername());
        audit.record(actor, "account.unlock", "Account", a.getUsername(), why, rows + " throttle rows");
    }

    /**
     * ADMIN: a disabled account cannot sign in, its open sessions end at their next request and its reset links and
     * codes stop working. An ADMIN cannot disable their own account.
     */
    public void disable(String username, String reason, String actor) {
        Account a = existing(username);
        String why = checkReason(reason);
        if (a.getUsername().equals(actor)) {
            throw DomainException.unprocessable("account-not-changed", null, "account.cannotDisableSelf");
        }
        if (!a.isEnabled()) {
            throw DomainException.conflict("account-not-changed", null, "account.alreadyDisabled", a.getUsername());
        }
        a.setEnabled(false);
        em.createNamedQuery("PasswordReset.findByAccount", PasswordReset.class).setParameter("account", a)
                .getResultList().forEach(em::remove);
        audit.record(actor, "account.disable", "Account", a.getUsername(), why, null);
        changed.fire(new AccountChanged(a.getUsername()));
    }

    /** ADMIN: the account may sign in again. */
    public void enable(String username, String reason, String actor) {
        Account a = existing(username);
        String why = checkReason(reason);
        if (a.isEnabled()) {
            throw DomainException.conflict("account-not-changed", null, "account.alreadyEnabled", a.getUsername());
        }
        a.setEnabled(true);
        audit.record(actor, "account.enable", "Account", a.getUsername(), why, null);
        changed.fire(new AccountChanged(a.getUsername()));
    }

    /**
     * ADMIN: replaces the password with a random temporary one, answered once (it is stored only as a hash) for the
     * ADMIN to hand over; the holder must choose their own at the next sign-in. Failed sign-ins are forgotten and
     * outstanding reset links and codes stop working.
     */
    public String resetPassword(String username, String reason, String actor) {
        Account a = existing(username);
        String why = checkReason(reason);
        char[] temporary = temporaryPassword();
        a.changePassword(PasswordHasher.hash(temporary), true);
        Throttle.clearAccount(em, a.getUsername());
        em.createNamedQuery("PasswordReset.findByAccount", PasswordReset.class).setParameter("account", a)
                .getResultList().forEach(em::remove);
        audit.record(actor, "account.password.temporary", "Account", a.getUsername(), why, null);
        changed.fire(new AccountChanged(a.getUsername()));
        return new String(temporary);
    }

    /** Whether the account may go on working: it exists, is enabled, and whether it must first change its password. */
    public Standing standing(String username) {
        return find(username).map(a -> new Standing(true, a.isEnabled(), a.isMustChangePassword()))
                .orElse(new Standing(false, false, false));
    }

    /** What a session's account is allowed now. */
    public record Standing(boolean exists, boolean enabled, boolean mustChangePassword) implements java.io.Serializable {
        public boolean active() {
            return exists && enabled;
        }
    }

    /** Whether the name is locked from some source right now (for the ADMIN's list). */
    public boolean locked(String username) {
        return em.createQuery("select count(e) from SignInThrottleEntry e where e.accountKey = :k"
                        + " and e.lockedUntil > :now", Long.class)
                .setParameter("k", Throttle.accountKey(username == null ? "" : username.trim().toLowerCase(Locale.ROOT)))
                .setParameter("now", clock.now()).getSingleResult() > 0;
    }

    static char[] temporaryPassword() {
        char[] p = new char[12];
        for (int i = 0; i < p.length; i++) {
            String from = i % 4 == 3 ? TEMPORARY_DIGITS : TEMPORARY_LETTERS;
            p[i] = from.charAt(RANDOM.nextInt(from.length()));
        }
        return p;
    }

    private Account existing(String username) {
        return find(username).orElseThrow(() -> new DomainException("account-not-found", 404, null,
                "account.notFound", username == null ? "" : username.strip()));
    }

    static String checkReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (Texts.hiddenMultiline(r)) {
            throw DomainException.badInput("invalid-reason", "reason", "text.hidden");
        }
        if (r.isEmpty() || r.length() > MAX_REASON) {
            throw DomainException.badInput("invalid-reason", "reason", "account.reasonRequired", MAX_REASON);
        }
        return r;
    }

    static String digest(String text) {
        return Throttle.digest(text);
    }

    public Optional<Account> find(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public List<Account> staff() {
        return em.createNamedQuery("Account.findStaff", Account.class).setParameter("candidate", Role.CANDIDATE)
                .getResultList();
    }

    private static String checkDisplayName(String displayName) {
        String n = displayName == null ? "" : displayName.strip();
        if (Texts.hidden(n)) {
            throw DomainException.badInput("invalid-account", "displayName", "text.hidden");
        }
        if (n.isEmpty() || n.length() > 50 || n.chars().anyMatch(ch -> ch == '<' || ch == '>' || Character.isISOControl(ch))) {
            throw DomainException.badInput("invalid-account", "displayName", "account.badDisplayName", 50);
        }
        return n;
    }

    static void checkPassword(char[] password, String username) {
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw DomainException.badInput("invalid-account", "password", "account.passwordLength", MIN_PASSWORD, MAX_PASSWORD);
        }
        String p = new String(password);
        boolean letter = p.chars().anyMatch(Character::isLetter);
        boolean digit = p.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw DomainException.badInput("invalid-account", "password", "account.passwordWeak");
        }
        if (p.equalsIgnoreCase(username)) {
            throw DomainException.badInput("invalid-account", "password", "account.passwordIsUsername");
        }
    }
}
