package org.kaowu.platform.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Signing up, signing in and creating staff accounts. */
@Stateless
public class Accounts {

    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
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
        boolean mobile = MOBILE.matcher(c).matches();
        if (!mobile && (c.length() > 200 || !EMAIL.matcher(c).matches())) {
            throw DomainException.badInput("invalid-account", "contact", "account.badContact");
        }
        String username = c.toLowerCase(Locale.ROOT);
        String name = checkDisplayName(displayName);
        checkPassword(password, username);
        if (find(username).isPresent()) {
            throw DomainException.conflict("account-exists", "contact", "account.exists", c);
        }
        em.persist(new Account(username, name, Role.CANDIDATE, PasswordHasher.hash(password),
                mobile ? c : null, mobile ? null : c, AuthorityClock.now(), "self"));
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
        em.persist(new Account(u, name, role, PasswordHasher.hash(password), null, null, AuthorityClock.now(), actor));
        audit.record(actor, "account.create", "Account", u, null, "role " + role);
        return u;
    }

    /**
     * Checks a password. A locked account is refused without looking at the password, so guessing gains nothing
     * while the lock lasts; an unknown user name costs the same time as a wrong password.
     */
    public SignInResult signIn(String username, char[] password) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (password == null || password.length == 0 || password.length > MAX_PASSWORD) {
            return SignInResult.invalid();
        }
        Optional<Account> found = find(u);
        if (found.isEmpty() || !found.get().isEnabled()) {
            PasswordHasher.verifyDecoy(password);
            return SignInResult.invalid();
        }
        Account account = found.get();
        Instant now = AuthorityClock.now();
        if (account.lockedAt(now)) {
            return SignInResult.locked(account.getLockedUntil());
        }
        if (PasswordHasher.verify(password, account.getPasswordHash())) {
            if (account.getFailedSignIns() > 0) {
                em.lock(account, LockModeType.PESSIMISTIC_WRITE);
                account.signedIn();
            }
            return SignInResult.valid(account);
        }
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        account.failedSignIn(now);
        return account.lockedAt(now) ? SignInResult.locked(account.getLockedUntil()) : SignInResult.invalid();
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
