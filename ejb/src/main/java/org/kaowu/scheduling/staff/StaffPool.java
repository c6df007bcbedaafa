package org.kaowu.scheduling.staff;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.platform.security.Account;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.Areas;
import org.kaowu.registration.IdNumbers;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The staff pool (监考人员库): listed a page at a time with identity numbers masked, read, corrected, deleted and
 * imported from a staff file (all or nothing, previewed first); a person may be given a SUPERVISOR account to sign
 * in with. Every change is audited, never with an identity number in it. Rosters read the pool and the misconduct
 * bars ({@link #barred}).
 */
@Stateless
public class StaffPool {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private Accounts accounts;

    /** Sortable fields of {@link #list}: field name to JPQL path. */
    static final Map<String, String> SORTABLE = Map.of("name", "s.name", "employer", "s.employer",
            "sittings", "s.sittings", "area", "s.area");

    /**
     * One page of the pool (every area's when {@code area} is empty; {@code q} a part of the name or employer), by
     * name unless sorted otherwise; identity numbers masked.
     */
    public Page<StaffRow> list(String area, String q, PageRequest page) {
        String a = area == null ? "" : area.strip();
        if (!a.isEmpty() && !Areas.ALL.contains(a)) {
            throw DomainException.badInput(StaffProblem.TYPE, "area", "venue.area", a);
        }
        String text = q == null ? "" : q.strip();
        if (text.length() > 100) {
            throw DomainException.badInput(StaffProblem.TYPE, "q", "venue.tooLong", 100, text.length());
        }
        List<String> where = new ArrayList<>();
        if (!a.isEmpty()) {
            where.add("s.area = :area");
        }
        if (!text.isEmpty()) {
            where.add("(lower(s.name) like :q escape '\\' or lower(s.employer) like :q escape '\\')");
        }
        String w = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var rows = em.createQuery("select s from StaffMember s" + w + page.orderBy(SORTABLE, "s.name, s.id"),
                StaffMember.class);
        var count = em.createQuery("select count(s) from StaffMember s" + w, Long.class);
        if (!a.isEmpty()) {
            rows.setParameter("area", a);
            count.setParameter("area", a);
        }
        if (!text.isEmpty()) {
            String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            rows.setParameter("q", like);
            count.setParameter("q", like);
        }
        return Page.of(rows, count, page).map(StaffRow::of);
    }

    public StaffMember member(long id) {
        StaffMember m = em.find(StaffMember.class, id);
        if (m == null) {
            throw new DomainException("no-such-staff", 404, "staff", "staff.noSuchStaff");
        }
        m.getAvailability().size();
        m.getRelativeDigests().size();
        return m;
    }

    /** The staff member a SUPERVISOR account signs in as, if any. */
    public Optional<StaffMember> byAccount(String username) {
        return em.createNamedQuery("StaffMember.findByAccount", StaffMember.class)
                .setParameter("account", username == null ? "" : username).getResultStream().findFirst();
    }

    /** The members of the pool whose home area is {@code area}, relatives and availability read (for a roster). */
    public List<StaffMember> ofArea(String area) {
        List<StaffMember> out = em.createNamedQuery("StaffMember.findByArea", StaffMember.class)
                .setParameter("area", area).getResultList();
        out.forEach(m -> m.getAvailability().size());
        return out;
    }

    /** What importing the file would do: every problem, or the counts. Stores nothing. */
    public StaffPreview preview(byte[] file) {
        StaffFile.Result parsed = StaffFile.parse(file, clock.today());
        if (!parsed.ok()) {
            return new StaffPreview(parsed.problems(), 0, 0, 0);
        }
        Map<String, StaffMember> stored = stored(parsed.staff(), false);
        List<StaffProblem> problems = new ArrayList<>();
        checkAccounts(parsed.staff(), stored, problems);
        if (!problems.isEmpty()) {
            return new StaffPreview(problems, 0, 0, 0);
        }
        int created = 0;
        int changed = 0;
        int same = 0;
        for (StaffFile.Line l : parsed.staff()) {
            StaffMember known = stored.get(IdNumbers.normalize(l.data().idNumber()));
            if (known == null) {
                created++;
            } else if (known.same(l.data())) {
                same++;
            } else {
                changed++;
            }
        }
        return new StaffPreview(List.of(), created, changed, same);
    }

    /**
     * Imports a staff file, all or nothing: new people are added, a person whose identity number is stored is updated
     * (relatives replaced by the file's), people not in the file are kept. Any problem is a 422 listing every one.
     */
    public StaffPreview importFile(byte[] file, String actor) {
        StaffPreview preview = preview(file);
        if (!preview.ok()) {
            throw StaffProblem.invalid(preview.problems());
        }
        StaffFile.Result parsed = StaffFile.parse(file, clock.today());
        Map<String, StaffMember> stored = stored(parsed.staff(), true);
        for (StaffFile.Line l : parsed.staff()) {
            StaffMember m = stored.get(IdNumbers.normalize(l.data().idNumber()));
            if (m == null) {
                em.persist(new StaffMember(l.data(), actor, clock.now()));
            } else if (!m.same(l.data())) {
                m.set(l.data(), true, actor, clock.now());
            }
        }
        flush();
        audit.record(actor, "staff.import", "StaffMember", "import", null, "new " + preview.newStaff()
                + ", changed " + preview.changedStaff() + ", unchanged " + preview.unchangedStaff());
        return preview;
    }

    /**
     * Corrects a person's particulars (the identity number stays). {@code replaceRelatives}: the relatives given
     * replace the declared ones; otherwise those declared stay. Audited without identity numbers.
     */
    public StaffMember edit(long id, StaffData data, boolean replaceRelatives, String actor) {
        StaffMember m = member(id);
        em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        StaffData d = new StaffData(m.getIdNumber(), strip(data.name()), strip(data.employer()), data.sex(),
                data.sittings(), strip(data.area()), strip(data.district()), data.roles(),
                replaceRelatives ? data.relatives() : List.of(), data.availability(), blankToNull(data.account()));
        List<StaffProblem> problems = new ArrayList<>(StaffRules.check(d, clock.today()));
        if (d.account() != null && !d.account().equals(m.getAccount())) {
            checkAccount(0, d.account(), m.getId(), problems);
        }
        if (!problems.isEmpty()) {
            throw StaffProblem.invalid(problems);
        }
        String before = m.data().toString() + ", relatives " + m.getRelativeCount();
        m.set(d, replaceRelatives, actor, clock.now());
        flush();
        audit.record(actor, "staff.edit", "StaffMember", Long.toString(m.getId()), null,
                cut("before: " + before + "\nafter: " + m.data() + ", relatives " + m.getRelativeCount()));
        return m;
    }

    /** Removes a person from the pool (audited); one serving in a current roster is refused (409). */
    public void delete(long id, String actor) {
        StaffMember m = member(id);
        long serving = em.createQuery("select count(d) from RosterDuty d where d.staffId = :staff", Long.class)
                .setParameter("staff", id).getSingleResult();
        if (serving > 0) {
            throw DomainException.conflict("staff-in-roster", "staff", "staff.inRoster", m.getName());
        }
        em.remove(m);
        flush();
        audit.record(actor, "staff.delete", "StaffMember", Long.toString(id), null,
                m.getName() + " (" + m.getEmployer() + ", " + m.getArea() + ")");
    }

    /** The answer to the office creating a sign-in for a staff member: the account and its one-time password. */
    public record NewAccount(String username, String temporaryPassword) {
    }

    /**
     * Gives a staff member a SUPERVISOR account to sign in with: the user name chosen, a temporary password answered
     * once (to hand over; it must be changed at the first sign-in). Refused when the person already has one or the
     * name is taken. Audited.
     */
    public NewAccount createAccount(long id, String username, String actor) {
        StaffMember m = member(id);
        em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (m.getAccount() != null) {
            throw DomainException.conflict("staff-has-account", "username", "staff.account.has", m.getAccount());
        }
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        List<StaffProblem> problems = new ArrayList<>();
        checkAccountName(u, problems);
        if (!problems.isEmpty()) {
            throw DomainException.badInput(StaffProblem.TYPE, "username", problems.get(0).key(),
                    problems.get(0).args().toArray());
        }
        char[] initial = new char[24];
        String letters = "abcdefghjkmnpqrstuvwxyz23456789";
        for (int i = 0; i < initial.length; i++) {
            initial[i] = letters.charAt(RANDOM.nextInt(letters.length()));
        }
        // Never used to sign in (replaced at once by the temporary one), but it must pass the password rules.
        initial[0] = 'k';
        initial[1] = '7';
        accounts.createStaff(u, m.getName(), Role.SUPERVISOR, initial, actor);
        String temporary = accounts.resetPassword(u, "staff pool sign-in", actor);
        m.linkAccount(u, actor, clock.now());
        flush();
        audit.record(actor, "staff.account", "StaffMember", Long.toString(id), null, "account " + u);
        return new NewAccount(u, temporary);
    }

    /**
     * Demonstration data only: links an existing SUPERVISOR account to the first person (by name) of the area who
     * has no account and can invigilate. Audited.
     */
    public void linkDemoAccount(String username, String area, String actor) {
        if (accounts.find(username).filter(a -> a.getRole() == Role.SUPERVISOR).isEmpty()) {
            return;
        }
        em.createQuery("select s from StaffMember s where s.area = :area and s.account is null order by s.name, s.id",
                        StaffMember.class).setParameter("area", area).getResultStream()
                .filter(m -> m.getRoles().contains(org.kaowu.scheduling.roster.StaffRole.INVIGILATOR)).findFirst()
                .ifPresent(m -> {
                    m.linkAccount(username, actor, clock.now());
                    audit.record(actor, "staff.account", "StaffMember", Long.toString(m.getId()), null,
                            "account " + username);
                });
    }

    /**
     * Demo data only ({@link DemoExamDay}): links a SUPERVISOR account to a person who holds a duty of {@code role} in the
     * roster, moving the link from whoever held it if that person has no such duty. Nothing when the account is missing.
     */
    public void linkDemoAccountToDuty(String username, long rosterId, org.kaowu.scheduling.roster.StaffRole role,
                                      String actor) {
        if (accounts.find(username).filter(a -> a.getRole() == Role.SUPERVISOR).isEmpty()) {
            return;
        }
        List<Long> onDuty = em.createQuery("select distinct d.staffId from RosterDuty d where d.rosterId = :roster"
                + " and d.role = :role order by d.staffId", Long.class).setParameter("roster", rosterId)
                .setParameter("role", role).getResultList();
        Optional<StaffMember> linked = byAccount(username);
        if (linked.isPresent() && onDuty.contains(linked.get().getId())) {
            return;
        }
        onDuty.stream().map(id -> em.find(StaffMember.class, id)).filter(m -> m != null && m.getAccount() == null)
                .findFirst().ifPresent(m -> {
                    linked.ifPresent(old -> old.linkAccount(null, actor, clock.now()));
                    em.flush();
                    m.linkAccount(username, actor, clock.now());
                    audit.record(actor, "staff.account", "StaffMember", Long.toString(m.getId()), null,
                            "account " + username);
                });
    }

    /**
     * The identity numbers, of those given, that a misconduct decision bars from serving on {@code day}: the query the
     * conduct capability feeds (its decisions are recorded with {@link #bar}). Until that capability records any, none.
     */
    public Set<String> barred(Collection<String> idNumbers, LocalDate day) {
        Set<String> out = new HashSet<>();
        List<String> numbers = new ArrayList<>(idNumbers);
        for (int i = 0; i < numbers.size(); i += 1000) {
            out.addAll(em.createNamedQuery("StaffBar.findInForce", String.class)
                    .setParameter("numbers", numbers.subList(i, Math.min(numbers.size(), i + 1000)))
                    .setParameter("day", day).getResultList());
        }
        return out;
    }

    /** Records a misconduct decision barring a person from serving (for the conduct capability). Audited. */
    public void bar(String idNumber, LocalDate from, LocalDate until, String decision, String actor) {
        em.persist(new StaffBar(IdNumbers.normalize(idNumber), from, until, decision, clock.now()));
        audit.record(actor, "staff.bar", "StaffBar", decision, null, "from " + from + (until == null ? "" : " to " + until));
    }

    /**
     * Lifts, from {@code on}, every bar a decision recorded (an appeal quashed or changed it): {@link #barred} ignores
     * them from that day. Audited as staff.bar.lift. Returns how many were lifted.
     */
    public int lift(String decision, LocalDate on, String reason, String actor) {
        List<StaffBar> bars = em.createNamedQuery("StaffBar.findByDecision", StaffBar.class)
                .setParameter("decision", decision).getResultList();
        bars.forEach(b -> b.lift(on, reason));
        if (!bars.isEmpty()) {
            audit.record(actor, "staff.bar.lift", "StaffBar", decision, reason, "from " + on);
        }
        return bars.size();
    }

    private void checkAccounts(List<StaffFile.Line> lines, Map<String, StaffMember> stored, List<StaffProblem> problems) {
        for (StaffFile.Line l : lines) {
            String account = l.data().account();
            if (account == null) {
                continue;
            }
            StaffMember self = stored.get(IdNumbers.normalize(l.data().idNumber()));
            if (self != null && account.equals(self.getAccount())) {
                continue;
            }
            checkAccount(l.line(), account, self == null ? null : self.getId(), problems);
        }
    }

    /** The account must be an enabled SUPERVISOR account no other staff member signs in with. */
    private void checkAccount(int line, String account, Long self, List<StaffProblem> problems) {
        Optional<Account> a = accounts.find(account);
        if (a.isEmpty() || a.get().getRole() != Role.SUPERVISOR) {
            problems.add(new StaffProblem(line, "account", "staff.account.notSupervisor", account));
            return;
        }
        byAccount(account).filter(other -> !other.getId().equals(self)).ifPresent(other ->
                problems.add(new StaffProblem(line, "account", "staff.account.taken", account)));
    }

    private void checkAccountName(String u, List<StaffProblem> problems) {
        if (!u.matches("[a-z][a-z0-9._-]{2,39}")) {
            problems.add(new StaffProblem(0, "username", "staff.account.bad", u.length() > 40 ? u.substring(0, 40) : u));
        } else if (accounts.find(u).isPresent()) {
            problems.add(new StaffProblem(0, "username", "staff.account.exists", u));
        }
    }

    private Map<String, StaffMember> stored(List<StaffFile.Line> lines, boolean lock) {
        Map<String, StaffMember> out = new HashMap<>();
        List<String> numbers = lines.stream().map(l -> IdNumbers.normalize(l.data().idNumber())).toList();
        for (int i = 0; i < numbers.size(); i += 1000) {
            var q = em.createNamedQuery("StaffMember.findByIdNumbers", StaffMember.class)
                    .setParameter("numbers", numbers.subList(i, Math.min(numbers.size(), i + 1000)));
            if (lock) {
                q.setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            q.getResultList().forEach(m -> out.put(m.getIdNumber(), m));
        }
        return out;
    }

    private void flush() {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw DomainException.conflict("staff-changed", null, "staff.changed");
        }
    }

    private static String cut(String text) {
        return text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
