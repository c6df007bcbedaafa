package org.kaowu.registration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Csv;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exam office's side of registration: the review queue for proof, payments (one by one, or the bank's
 * reconciliation file), identity cases, and the statistics. Every decision is audited with who, when and why.
 */
@Stateless
public class OfficeRegistrations {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    /** The bank's reconciliation file: at most 5 MB. */
    public static final int MAX_BANK_FILE_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private Notifications notifications;

    @Inject
    private Event<RegistrationVoided> voided;

    /** What the office decides on proof. */
    public enum Decision { APPROVE, REJECT, ASK_MORE }

    /**
     * The candidate as the office may see them: in full while their proof is under review (the reviewer needs it, and
     * nowhere else shows it); otherwise masked as in every other list: name, number and mobile partly hidden, birth
     * date, sex and education certificate left out.
     */
    public record Candidate(String realName, IdType idType, String idNumber, LocalDate birthDate, String sex, String mobile,
                            EducationLevel education, String school, String major, LocalDate graduationDate,
                            String educationCertificate, List<WorkPeriod> work, boolean masked) implements Serializable {

        static Candidate of(CandidateProfile p, boolean full) {
            return full
                    ? new Candidate(p.getRealName(), p.getIdType(), p.getIdNumber(), p.getBirthDate(), p.getSex(),
                    p.getMobile(), p.getEducationLevel(), p.getSchool(), p.getMajor(), p.getGraduationDate(),
                    p.getEducationCertificate(), p.workPeriods(), false)
                    : new Candidate(IdNumbers.maskName(p.getRealName()), p.getIdType(), IdNumbers.mask(p.getIdNumber()), null,
                    null, IdNumbers.maskMobile(p.getMobile()), p.getEducationLevel(), p.getSchool(), p.getMajor(),
                    p.getGraduationDate(), null, p.workPeriods(), true);
        }
    }

    /** A registration with its candidate as the office may see them (see {@link Candidate}). */
    public record Row(Registration registration, Candidate candidate) implements Serializable {
    }


    public Registration registration(long id) {
        Registration r = em.find(Registration.class, id);
        if (r == null) {
            throw new DomainException("no-such-registration", 404, "id", "registration.none");
        }
        return r;
    }

    /** What the review queue may be sorted on (field → JPQL path); its own order is oldest first. */
    private static final Map<String, String> QUEUE_SORT = Map.of("id", "r.id", "exam", "r.examCode", "area", "r.area",
            "name", "p.realName", "updatedAt", "r.updatedAt");

    private static final String QUEUE = " from Registration r, CandidateProfile p where p.accountId = r.accountId"
            + " and r.path = org.kaowu.registration.RegistrationPath.PROOF";
    private static final String AWAITING = " and r.status = org.kaowu.registration.RegistrationStatus.PENDING_REVIEW";
    private static final String AWAITING_OR_WAITING = " and r.status in (org.kaowu.registration.RegistrationStatus.PENDING_REVIEW,"
            + " org.kaowu.registration.RegistrationStatus.MORE_REQUESTED)";

    /** Proof waiting for the office (oldest first unless sorted otherwise), optionally of one exam: one page of it. */
    public Page<Row> reviewQueue(Long examId, PageRequest page) {
        return reviewQueue(examId, false, page);
    }

    /**
     * The review queue; with {@code waitingToo} also the proof the office asked more for, still waiting for the
     * candidate (the page keeps them in view, marked, until the candidate adds documents).
     */
    public Page<Row> reviewQueue(Long examId, boolean waitingToo, PageRequest page) {
        return reviewQueue(examId, null, waitingToo, page);
    }

    /** The review queue narrowed to one registration (when it is in the queue at all), as the search's link opens it. */
    public Page<Row> reviewQueue(Long examId, Long registrationId, boolean waitingToo, PageRequest page) {
        String where = QUEUE + (waitingToo ? AWAITING_OR_WAITING : AWAITING) + (examId == null ? "" : " and r.examId = :exam")
                + (registrationId == null ? "" : " and r.id = :only");
        TypedQuery<Tuple> rows = em.createQuery("select r as registration, p as profile" + where
                + page.orderBy(QUEUE_SORT, waitingToo
                // The office's work first (PENDING_REVIEW sorts after MORE_REQUESTED as text), then oldest first.
                ? "r.status desc, r.updatedAt, r.id" : "r.updatedAt, r.id"), Tuple.class);
        TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
        if (examId != null) {
            rows.setParameter("exam", examId);
            count.setParameter("exam", examId);
        }
        if (registrationId != null) {
            rows.setParameter("only", registrationId);
            count.setParameter("only", registrationId);
        }
        return Page.of(rows, count, page)
                .map(t -> row(t.get("registration", Registration.class), t.get("profile", CandidateProfile.class)));
    }

    private static Row row(Registration r, CandidateProfile p) {
        return new Row(r, Candidate.of(p, r.underReview()));
    }

    /** One registration with its candidate: in full only while it is proof under review, otherwise masked. */
    public Row registrationRow(long id) {
        Registration r = registration(id);
        return row(r, em.find(CandidateProfile.class, r.getAccountId()));
    }

    /** Approves, rejects (a reason required) or asks for more (what is missing required); the candidate is told. */
    public Registration review(long id, Decision decision, String note, String actor) {
        Registration r = em.find(Registration.class, registration(id).getId(), LockModeType.PESSIMISTIC_WRITE);
        RegistrationStatus outcome = switch (decision) {
            case APPROVE -> RegistrationStatus.APPROVED;
            case REJECT -> RegistrationStatus.REJECTED;
            case ASK_MORE -> RegistrationStatus.MORE_REQUESTED;
        };
        Instant now = clock.now();
        // The registration holds to its own rules: only proof waiting for review, a reason unless approved.
        r.reviewed(outcome, note, actor, now);
        String why = r.getReviewNote();
        audit.record(actor, "registration.review." + decision.name().toLowerCase(Locale.ROOT), "Registration",
                Long.toString(id), why, outcome.name());
        notifications.notify(r, "notice.review." + decision.name(), why == null ? "" : why);
        return r;
    }

    /** An office user confirms a payment seen elsewhere (a counter receipt, say). */
    public Registration confirmPayment(long id, String reference, String actor) {
        Registration r = em.find(Registration.class, registration(id).getId(), LockModeType.PESSIMISTIC_WRITE);
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty() || ref.length() > 100) {
            throw DomainException.badInput("invalid-payment", "reference", "registration.payment.reference");
        }
        // Only a payable registration (Registration.markPaid refuses the others).
        r.markPaid(clock.now(), "office: " + ref);
        audit.record(actor, "registration.payment.confirm", "Registration", Long.toString(id), ref, r.getFee().toPlainString());
        return r;
    }

    /** One line of the bank's file and what became of it. */
    public record ReconciledLine(int line, String paymentRef, String amount, String outcome) implements Serializable {
    }

    /**
     * Applies the bank's reconciliation file (UTF-8 CSV: {@code payment_ref,amount,paid_at,bank_txn}). A malformed
     * file is refused whole with every problem's line; otherwise each line is matched: PAID, ALREADY_PAID,
     * UNKNOWN_REFERENCE, AMOUNT_MISMATCH or NOT_PAYABLE (lapsed, voided, still under review). Running the same file
     * twice pays nothing twice.
     */
    public List<ReconciledLine> reconcile(byte[] file, String actor) {
        if (file == null || file.length == 0 || file.length > MAX_BANK_FILE_BYTES) {
            throw DomainException.unprocessable("invalid-bank-file", "file", "registration.bank.size");
        }
        var text = Csv.utf8(file);
        if (text.isEmpty()) {
            throw DomainException.unprocessable("invalid-bank-file", "file", "plan.file.notUtf8");
        }
        List<Csv.Row> rows;
        try {
            rows = Csv.read(text.get());
        } catch (Csv.MalformedException e) {
            throw DomainException.unprocessable("invalid-bank-file", "file", "plan.file.badQuotes", e.line());
        }
        if (rows.isEmpty() || !rows.get(0).cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList()
                .equals(List.of("payment_ref", "amount", "paid_at", "bank_txn"))) {
            throw DomainException.unprocessable("invalid-bank-file", "file", "registration.bank.header");
        }
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> txns = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            if (row.cells().size() != 4) {
                problems.add(row.line() + ": 4");
                continue;
            }
            String ref = row.cells().get(0).strip();
            try {
                BigDecimal amount = new BigDecimal(row.cells().get(1).strip());
                if (ref.isEmpty() || ref.length() > 30 || amount.signum() <= 0 || amounts.putIfAbsent(ref, amount) != null) {
                    problems.add(row.line() + ": payment_ref");
                }
                lines.put(ref, row.line());
                txns.put(ref, row.cells().get(3).strip());
            } catch (NumberFormatException e) {
                problems.add(row.line() + ": amount");
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.unprocessable("invalid-bank-file", "file", "registration.bank.rows", String.join("; ", problems))
                    .with("problems", new ArrayList<>(problems));
        }
        List<ReconciledLine> out = new ArrayList<>();
        Instant now = clock.now();
        int paid = 0;
        for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
            long id = Registration.idOfPaymentRef(e.getKey());
            Registration r = id < 0 ? null : em.find(Registration.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (r != null && !e.getKey().equals(r.getPaymentRef())) {
                r = null;
            }
            String outcome;
            if (r == null) {
                outcome = "UNKNOWN_REFERENCE";
            } else if (r.getPayment() == Payment.PAID) {
                outcome = "ALREADY_PAID";
            } else if (r.getFee().compareTo(e.getValue()) != 0) {
                outcome = "AMOUNT_MISMATCH";
            } else if (!r.payable()) {
                outcome = "NOT_PAYABLE";
            } else {
                String txn = txns.get(e.getKey());
                r.markPaid(now, "bank: " + (txn.length() > 100 ? txn.substring(0, 100) : txn));
                outcome = "PAID";
                paid++;
            }
            out.add(new ReconciledLine(lines.get(e.getKey()), e.getKey(), e.getValue().toPlainString(), outcome));
        }
        audit.record(actor, "registration.payment.reconcile", "BankFile", CommitmentNotice.sha256Of(file).substring(0, 16), null,
                paid + " of " + amounts.size() + " lines paid");
        return out;
    }

    /** An identity case as the office's lists show it: the number masked. */
    public record CaseRow(long id, String idNumber, long firstAccount, long secondAccount, IdentityCase.Status status,
                          Instant openedAt) implements Serializable {
        public static CaseRow of(IdentityCase c) {
            return new CaseRow(c.getId(), IdNumbers.mask(c.getIdNumber()), c.getFirstAccount(), c.getSecondAccount(),
                    c.getStatus(), c.getOpenedAt());
        }
    }

    public List<CaseRow> openIdentityCases() {
        return em.createNamedQuery("IdentityCase.findOpen", IdentityCase.class).getResultStream().map(CaseRow::of).toList();
    }

    /** One side of an identity case as the office's lists show it: the account, its holder's name and contacts masked. */
    public record Party(long account, String name, String mobile, String email) implements Serializable {
    }

    /** An open identity case with both sides (names and contacts masked), for the office's page. */
    public record CaseParties(CaseRow row, Party first, Party second) implements Serializable {
    }

    public List<CaseParties> openIdentityCaseParties() {
        return openIdentityCases().stream().map(c -> new CaseParties(c, party(c.firstAccount()), party(c.secondAccount()))).toList();
    }

    private Party party(long accountId) {
        CandidateProfile p = em.find(CandidateProfile.class, accountId);
        org.kaowu.platform.security.Account a = em.find(org.kaowu.platform.security.Account.class, accountId);
        String name = p != null ? p.getRealName() : a == null ? "" : a.getDisplayName();
        String mobile = p != null && p.getMobile() != null ? p.getMobile() : a == null ? null : a.getMobile();
        String email = p != null && p.getEmail() != null ? p.getEmail() : a == null ? null : a.getEmail();
        return new Party(accountId, IdNumbers.maskName(name), mobile == null ? "" : IdNumbers.maskMobile(mobile),
                IdNumbers.maskEmail(email));
    }

    /**
     * Decides an identity case: the number belongs to {@code owner} (one of the two accounts). The owner's profile is
     * confirmed and their registrations no longer pending; the other account's registrations are voided and its
     * profile may no longer use the number. Both are told.
     */
    public IdentityCase resolveIdentity(long caseId, long owner, String note, String actor) {
        IdentityCase c = em.find(IdentityCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new DomainException("no-such-case", 404, "id", "registration.identity.none");
        }
        if (c.getStatus() != IdentityCase.Status.OPEN) {
            throw DomainException.conflict("case-closed", "id", "registration.identity.closed");
        }
        if (owner != c.getFirstAccount() && owner != c.getSecondAccount()) {
            throw DomainException.badInput("invalid-identity-decision", "owner", "registration.identity.owner");
        }
        String why = note == null ? "" : note.strip();
        if (org.kaowu.shared.Texts.hiddenMultiline(why)) {
            throw DomainException.badInput("invalid-identity-decision", "note", "text.hidden");
        }
        if (why.isEmpty() || why.length() > 2000) {
            throw DomainException.badInput("invalid-identity-decision", "note", "registration.review.noteRequired");
        }
        long other = owner == c.getFirstAccount() ? c.getSecondAccount() : c.getFirstAccount();
        Instant now = clock.now();
        c.resolve(owner, why, actor, now);
        CandidateProfile mine = em.find(CandidateProfile.class, owner);
        CandidateProfile theirs = em.find(CandidateProfile.class, other);
        mine.identity(CandidateProfile.IdentityStatus.CONFIRMED);
        if (theirs != null && theirs.getIdNumber().equals(c.getIdNumber())) {
            theirs.identity(CandidateProfile.IdentityStatus.REJECTED);
            for (Registration r : em.createNamedQuery("Registration.findByAccount", Registration.class).setParameter("account", other).getResultList()) {
                if (r.getStatus().live()) {
                    r.voided("identity: " + why, now);
                    r.releasePlace();
                    voided.fire(new RegistrationVoided(r.getId(), other, r.getExamId(), "identity", false));
                }
            }
        }
        em.createNamedQuery("Registration.findByAccount", Registration.class).setParameter("account", owner).getResultList()
                .forEach(Registration::identityDecided);
        audit.record(actor, "identity.resolve", "IdentityCase", Long.toString(caseId), why, "owner account " + owner);
        notifications.notify(owner, "notice.identity.confirmed", "", why);
        notifications.notify(other, "notice.identity.rejected", "", why);
        return c;
    }

    /** Registrations by exam, area, path and status. */
    public record Count(int year, String exam, String area, String path, String status, long count) implements Serializable {
        /** As the statistics query builds it (a JPQL constructor expression). */
        public Count(int year, String exam, String area, RegistrationPath path, RegistrationStatus status, long count) {
            this(year, exam, area, path.name(), status.name(), count);
        }

        public int getYear() { return year; }
        public String getExam() { return exam; }
        public String getArea() { return area; }
        public String getPath() { return path; }
        public String getStatus() { return status; }
        public long getCount() { return count; }
    }

    /**
     * The year the statistics open on: the year of a plan whose registration is open now (the latest, if several),
     * else the latest year with registrations, else this year.
     */
    public int statisticsYear() {
        Instant now = clock.now();
        java.util.OptionalInt open = em.createQuery("select e from Exam e where e.plan.status <> org.kaowu.plan.PlanStatus.DRAFT",
                        org.kaowu.plan.Exam.class).getResultStream()
                .filter(e -> {
                    List<org.kaowu.plan.Timeline> windows = new ArrayList<>(e.areaTimelines().values());
                    windows.add(e.timeline());
                    return windows.stream().anyMatch(t -> !now.isBefore(t.registrationOpens()) && now.isBefore(t.registrationCloses()));
                })
                .mapToInt(e -> e.getPlan().getYear()).max();
        if (open.isPresent()) {
            return open.getAsInt();
        }
        Integer latest = em.createQuery("select max(r.planYear) from Registration r", Integer.class).getSingleResult();
        return latest != null ? latest : clock.today().getYear();
    }

    /**
     * The office's search over registrations and their candidates. {@code text} is a payment reference (KW…), a
     * registration number (digits), an identity number (exact, any case) or part of a name; {@code examCode},
     * {@code year} and {@code status} narrow it. Each may be null.
     */
    public record SearchCriteria(String text, Integer year, String examCode, RegistrationStatus status) implements Serializable {
    }

    /** A registration as the search lists it: the candidate's name and number masked. */
    public record Found(long id, int year, String examCode, String level, String area, String name, String idNumber,
                        String paymentRef, RegistrationPath path, RegistrationStatus status, Payment payment,
                        Instant createdAt) implements Serializable {
        public long getId() { return id; }
        public int getYear() { return year; }
        public String getExamCode() { return examCode; }
        public String getLevel() { return level; }
        public String getArea() { return area; }
        public String getName() { return name; }
        public String getIdNumber() { return idNumber; }
        public String getPaymentRef() { return paymentRef; }
        public String getPath() { return path.name(); }
        public String getStatus() { return status.name(); }
        public String getPayment() { return payment.name(); }
        public Instant getCreatedAt() { return createdAt; }
    }

    /** What the search may be sorted on; its own order is newest first. */
    private static final Map<String, String> SEARCH_SORT = Map.of("id", "r.id", "year", "r.planYear", "examCode", "r.examCode",
            "area", "r.area", "name", "p.realName", "status", "r.status", "payment", "r.payment", "createdAt", "r.createdAt",
            "paymentRef", "r.id");

    public Page<Found> search(SearchCriteria criteria, PageRequest page) {
        StringBuilder where = new StringBuilder(" from Registration r, CandidateProfile p where p.accountId = r.accountId");
        Map<String, Object> params = new HashMap<>();
        SearchText text = SearchText.of(criteria.text());
        if (text != null) {
            switch (text.kind()) {
                case PAYMENT_REF -> {
                    where.append(" and r.id = :id and r.planYear = :refYear");
                    params.put("id", text.registrationId());
                    params.put("refYear", text.referenceYear());
                }
                case REGISTRATION -> {
                    where.append(" and r.id = :id");
                    params.put("id", text.registrationId());
                }
                case ID_NUMBER -> {
                    where.append(" and p.idNumber = :number");
                    params.put("number", text.value());
                }
                case NAME -> {
                    where.append(" and lower(p.realName) like :name escape '!'");
                    params.put("name", text.likePattern());
                }
            }
        }
        if (criteria.year() != null) {
            where.append(" and r.planYear = :year");
            params.put("year", criteria.year());
        }
        if (criteria.examCode() != null && !criteria.examCode().isBlank()) {
            where.append(" and r.examCode = :exam");
            params.put("exam", criteria.examCode().strip());
        }
        if (criteria.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", criteria.status());
        }
        TypedQuery<Tuple> rows = em.createQuery("select r as registration, p.realName as name, p.idNumber as number" + where
                + page.orderBy(SEARCH_SORT, "r.createdAt desc, r.id desc"), Tuple.class);
        TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(rows, count, page).map(t -> {
            Registration r = t.get("registration", Registration.class);
            return new Found(r.getId(), r.getPlanYear(), r.getExamCode(), r.getLevel(), r.getArea(),
                    IdNumbers.maskName(t.get("name", String.class)), IdNumbers.mask(t.get("number", String.class)),
                    r.getPaymentRef(), r.getPath(), r.getStatus(), r.getPayment(), r.getCreatedAt());
        });
    }

    public List<Count> statistics(int year) {
        return em.createQuery("select new org.kaowu.registration.OfficeRegistrations$Count(r.planYear, r.examCode, r.area,"
                        + " r.path, r.status, count(r)) from Registration r"
                        + " where r.planYear = :year group by r.planYear, r.examCode, r.area, r.path, r.status"
                        + " order by r.examCode, r.area, r.path, r.status", Count.class)
                .setParameter("year", year).getResultList();
    }
}
