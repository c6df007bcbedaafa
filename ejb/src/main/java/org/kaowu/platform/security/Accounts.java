package org.kaowu.platform.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Contacts;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Signing up, signing in and creating staff accounts. */
@Stateless
public class Accounts {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    static final Pattern STAFF_USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

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
            throw DomainException.conflict("account-exists", "username", "account.exists", u);
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
     * name costs the same time as a wrong password.
     */
    public SignInResult signIn(String username, char[] password, String source) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String from = source == null ? "" : source;
        String nameKey = digest("name\n" + u + "\n" + from);
        String sourceKey = digest("source\n" + from);
        Instant now = clock.now();
        Instant lockedUntil = lockedUntil(now, nameKey, sourceKey);
        if (lockedUntil != null) {
            return SignInResult.locked(lockedUntil);
        }
        Optional<Account> found = password == null || password.length == 0 || password.length > MAX_PASSWORD
                ? Optional.empty() : find(u);
        if (found.isEmpty() || !found.get().isEnabled()) {
            if (password != null && password.length > 0 && password.length <= MAX_PASSWORD) {
                PasswordHasher.verifyDecoy(password);
            }
            return failed(now, nameKey, sourceKey);
        }
        Account account = found.get();
        if (PasswordHasher.verify(password, account.getPasswordHash())) {
            SignInThrottleEntry pair = em.find(SignInThrottleEntry.class, nameKey);
            if (pair != null) {
                em.remove(pair);
            }
            return SignInResult.valid(account);
        }
        return failed(now, nameKey, sourceKey);
    }

    private Instant lockedUntil(Instant now, String... keys) {
        Instant until = null;
        for (SignInThrottleEntry e : em.createQuery("select e from SignInThrottleEntry e where e.key in :keys",
                SignInThrottleEntry.class).setParameter("keys", List.of(keys)).getResultList()) {
            if (e.lockedAt(now) && (until == null || e.getLockedUntil().isAfter(until))) {
                until = e.getLockedUntil();
            }
        }
        return until;
    }

    private SignInResult failed(Instant now, String nameKey, String sourceKey) {
        SignInThrottleEntry pair = count(nameKey, now, SignInThrottleEntry.NAME_LIMIT);
        SignInThrottleEntry from = count(sourceKey, now, SignInThrottleEntry.SOURCE_LIMIT);
        Instant until = pair.lockedAt(now) ? pair.getLockedUntil() : from.lockedAt(now) ? from.getLockedUntil() : null;
        return until == null ? SignInResult.invalid() : SignInResult.locked(until);
    }

    /** One more failure under {@code key}: the row is created if missing (two nodes may race: one insert wins). */
    private SignInThrottleEntry count(String key, Instant now, int limit) {
        em.createNativeQuery("insert into sign_in_throttle (throttle_key, failures, last_failure) values (?1, 0, ?2)"
                + " on conflict do nothing").setParameter(1, key).setParameter(2, now).executeUpdate();
        SignInThrottleEntry e = em.find(SignInThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
        e.failed(now, limit);
        return e;
    }

    static String digest(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    private static void checkPassword(char[] password, String username) {
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
