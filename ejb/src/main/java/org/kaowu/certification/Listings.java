package org.kaowu.certification;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.kaowu.plan.Exam;
import org.kaowu.plan.ExamEdgePassed;
import org.kaowu.plan.ExamPhase;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.Registration;
import org.kaowu.registration.RegistrationStatus;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The public listing of those who passed (公示) and objections to it (异议).
 * <p>
 * When an exam's results are published (after {@link Results} and {@link PostExamCheck} on the same edge), the exam's
 * listing is drawn once: every registration of the exam whose candidate's standing is complete through that sitting
 * (the window of passes ends in this exam's year and uses a pass of this sitting), i.e. who would get a certificate
 * from this exam. The period runs from publication for {@code -Dkaowu.certification.listingDays} days (default
 * {@value ListingRules#DEFAULT_DAYS}, see {@link ListingRules}), unless the office scheduled another before it opened.
 * Anyone may read the open listing (names and ID numbers masked) and lodge an objection; the office resolves each
 * (UPHELD withholds the entry from certification, DISMISSED clears it), audited. {@link #clearance} is what the
 * certificate gate calls.
 */
@Stateless
public class Listings {

    /** Who draws the listing on the calendar's edge. */
    static final String CALENDAR = org.kaowu.registration.Verifications.SYSTEM;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthorityClock clock;

    @EJB
    Results results;

    @EJB
    AuditTrail audit;

    static int days() {
        return Math.max(ListingRules.MIN_DAYS, Math.min(ListingRules.MAX_DAYS,
                Integer.getInteger("kaowu.certification.listingDays", ListingRules.DEFAULT_DAYS)));
    }

    // ----- drawing -----

    /** After results are published on an edge (Results and the post-exam check observe first), the listing is drawn once. */
    public void edgePassed(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) ExamEdgePassed edge) {
        if (edge.phase() == null || edge.phase().compareTo(ExamPhase.RESULTS) < 0 || !results.released(edge.examId())) {
            return;
        }
        draw(edge.examId(), CALENDAR);
    }

    /** Draws the exam's listing if its results are published and it is not drawn yet; answers the listing (or null). */
    public PublicListing draw(long examId, String actor) {
        Exam exam = em.find(Exam.class, examId);
        ResultRelease release = results.release(examId);
        if (exam == null || release == null) {
            return null;
        }
        PublicListing listing = listing(examId, true);
        if (listing != null && listing.isDrawn()) {
            return listing;
        }
        Instant now = clock.now();
        if (listing == null) {
            Instant opens = release.getPublishedAt();
            listing = new PublicListing(examId, opens, ListingRules.closes(opens, days()));
            em.persist(listing);
            em.flush();
        }
        int year = exam.getPlan().getYear();
        List<Long> scored = em.createQuery("select distinct s.registrationId from Score s where s.examId = :exam"
                + " order by s.registrationId", Long.class).setParameter("exam", examId).getResultList();
        int count = 0;
        for (Long id : scored) {
            Registration r = em.find(Registration.class, id);
            if (r.getStatus() == RegistrationStatus.VOIDED) {
                continue;
            }
            ResultRules.Standing s = results.standingOf(id).rules();
            if (s.passedAll() && s.windowTo() != null && s.windowTo() == year
                    && s.passes().stream().anyMatch(p -> p.registrationId() == id)) {
                em.persist(new ListingEntry(listing.getId(), id, exam.title(r.getLevel()),
                        r.getLevel(), r.getArea()));
                count++;
            }
        }
        listing.drawn(now, actor, count);
        audit.record(actor, "listing.draw", "Exam", Long.toString(examId), null, count + " listed, "
                + listing.getOpensAt() + " – " + listing.getClosesAt());
        return listing;
    }

    /**
     * The office sets the period before the listing opens (before publication, or after it while the set start is
     * still ahead): the first and last day (Beijing time), from today, 1 to 60 days. Audited {@code listing.schedule}.
     */
    public ListingSummary schedule(long examId, java.time.LocalDate first, java.time.LocalDate last, String actor) {
        Exam exam = exam(examId);
        Instant now = clock.now();
        PublicListing listing = listing(examId, true);
        if (listing != null && listing.isDrawn() && !now.isBefore(listing.getOpensAt())) {
            throw DomainException.conflict("listing-open", "opens", "listing.period.opened");
        }
        ListingRules.periodProblem(first, last, clock.today()).ifPresent(key -> {
            throw DomainException.unprocessable("invalid-listing-period",
                    key.endsWith("past") || key.endsWith("missing") ? "first" : "last", key,
                    ListingRules.MAX_DAYS);
        });
        Instant[] period = ListingRules.period(first, last, now);
        Instant opens = period[0];
        Instant closes = period[1];
        if (listing == null) {
            listing = new PublicListing(exam.getId(), opens, closes);
            em.persist(listing);
        }
        String before = listing.getOpensAt() + " – " + listing.getClosesAt();
        listing.schedule(opens, closes, actor);
        audit.record(actor, "listing.schedule", "Exam", Long.toString(examId), null, before + " -> " + opens + " – " + closes);
        return summary(listing, exam);
    }

    // ----- reading -----

    /** A listing as the office and the public's exam choice see it. */
    public record ListingSummary(long examId, String exam, int year, Instant opensAt, Instant closesAt,
                                 java.time.LocalDate lastDay, boolean drawn, int entries, ListingRules.Phase phase,
                                 long openObjections, long objections) implements Serializable {
        public long getExamId() { return examId; }
        public String getExam() { return exam; }
    }

    /** The listings open now, for the public page's exam choice. */
    public List<ListingSummary> open() {
        Instant now = clock.now();
        return em.createQuery("select l from PublicListing l where l.drawnAt is not null and l.opensAt <= :now"
                        + " and l.closesAt > :now order by l.opensAt desc, l.id desc", PublicListing.class)
                .setParameter("now", now).getResultStream().map(l -> summary(l, em.find(Exam.class, l.getExamId()))).toList();
    }

    /** Every listing, newest first, for the office. */
    public List<ListingSummary> all() {
        return em.createQuery("select l from PublicListing l order by l.opensAt desc, l.id desc", PublicListing.class)
                .getResultStream().map(l -> summary(l, em.find(Exam.class, l.getExamId()))).toList();
    }

    public ListingSummary summary(long examId) {
        Exam exam = exam(examId);
        PublicListing l = listing(examId, false);
        if (l == null) {
            throw new DomainException("no-such-listing", 404, "exam", "listing.none");
        }
        return summary(l, exam);
    }

    private ListingSummary summary(PublicListing l, Exam exam) {
        Map<ListingRules.ObjectionStatus, Long> counts = new java.util.EnumMap<>(ListingRules.ObjectionStatus.class);
        em.createQuery("select o.status as status, count(o) as n from ListingObjection o, ListingEntry e"
                        + " where e.id = o.entryId and e.listingId = :l group by o.status", Tuple.class)
                .setParameter("l", l.getId()).getResultList()
                .forEach(t -> counts.put(t.get("status", ListingRules.ObjectionStatus.class), t.get("n", Long.class)));
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        return new ListingSummary(l.getExamId(), exam.title(null), exam.getPlan().getYear(), l.getOpensAt(),
                l.getClosesAt(), ListingRules.lastDay(l.getClosesAt()), l.isDrawn(), l.getEntries(),
                l.phase(clock.now()), counts.getOrDefault(ListingRules.ObjectionStatus.OPEN, 0L), all);
    }

    /** A listed person as the public sees them: masked name and number, the qualification and level, the area. */
    public record PublicEntry(long id, String name, String idNumber, String qualification, String level, String area)
            implements Serializable {
        public long getId() { return id; }
    }

    static final Map<String, String> SORTABLE = Map.of("area", "e.area", "level", "e.level");

    /**
     * One page of an open listing for anyone. A listing not open (not yet, or its period over) answers 404
     * {@code listing-not-open} saying which: nothing is shown after the period.
     */
    public Page<PublicEntry> publicEntries(long examId, PageRequest page) {
        exam(examId);
        PublicListing l = listing(examId, false);
        ListingRules.Phase phase = l == null ? ListingRules.Phase.NOT_OPEN : l.phase(clock.now());
        if (phase != ListingRules.Phase.OPEN) {
            throw new DomainException("listing-not-open", 404, "exam", "listing.notOpen." + phase.name(),
                    l == null ? "—" : ListingRules.lastDay(l.getClosesAt()));
        }
        return entries(l, page).map(o -> {
            ListingEntry e = o.get("e", ListingEntry.class);
            CandidateProfile p = o.get("p", CandidateProfile.class);
            ListingRules.Masked m = ListingRules.mask(p.getRealName(), p.getIdNumber());
            return new PublicEntry(e.getId(), m.name(), m.idNumber(), e.getQualification(), e.getLevel(), e.getArea());
        });
    }

    /** A listed person as the office sees them in its list: masked too, with the registration and the clearance. */
    public record OfficeEntry(long id, long registrationId, String name, String idNumber, String qualification,
                              String level, String area, ListingRules.Clearance clearance) implements Serializable {
        public long getId() { return id; }
    }

    public Page<OfficeEntry> officeEntries(long examId, PageRequest page) {
        exam(examId);
        PublicListing l = listing(examId, false);
        if (l == null) {
            throw new DomainException("no-such-listing", 404, "exam", "listing.none");
        }
        Instant now = clock.now();
        return entries(l, page).map(o -> {
            ListingEntry e = o.get("e", ListingEntry.class);
            CandidateProfile p = o.get("p", CandidateProfile.class);
            ListingRules.Masked m = ListingRules.mask(p.getRealName(), p.getIdNumber());
            return new OfficeEntry(e.getId(), e.getRegistrationId(), m.name(), m.idNumber(), e.getQualification(),
                    e.getLevel(), e.getArea(), ListingRules.clearance(l.getOpensAt(), l.getClosesAt(), states(e.getId()), now));
        });
    }

    private Page<Tuple> entries(PublicListing l, PageRequest page) {
        String where = " from ListingEntry e, Registration r, CandidateProfile p where r.id = e.registrationId"
                + " and p.accountId = r.accountId and e.listingId = :l";
        var rows = em.createQuery("select e as e, p as p" + where + page.orderBy(SORTABLE, "e.area, e.id"), Tuple.class)
                .setParameter("l", l.getId());
        var count = em.createQuery("select count(e)" + where, Long.class).setParameter("l", l.getId());
        return Page.of(rows, count, page);
    }

    // ----- objections -----

    /** What the objector is told: the objection's number and when it was recorded. */
    public record Lodged(long id, Instant lodgedAt) implements Serializable {
    }

    /**
     * Anyone lodges an objection to an entry of an open listing: name, contact and grounds required (each bad field
     * refused by name: 422 {@code invalid-objection}); a closed listing 409 {@code listing-not-open}; more than
     * {@value ListingRules#SOURCE_LIMIT} from one source within an hour 429 {@code too-many-objections} with the
     * seconds to wait as {@code retryAfter}. The source address is kept as a digest only.
     */
    public Lodged lodge(long entryId, String name, String contact, String grounds, String source) {
        ListingEntry entry = em.find(ListingEntry.class, entryId);
        if (entry == null) {
            throw new DomainException("no-such-entry", 404, "entry", "listing.noSuchEntry");
        }
        PublicListing l = em.find(PublicListing.class, entry.getListingId());
        Instant now = clock.now();
        if (l.phase(now) != ListingRules.Phase.OPEN) {
            throw DomainException.conflict("listing-not-open", "entry", "listing.notOpen." + l.phase(now).name(),
                    ListingRules.lastDay(l.getClosesAt()));
        }
        ListingRules.objectionProblem(name, contact, grounds).ifPresent(p -> {
            throw DomainException.unprocessable("invalid-objection", p.field(), p.key(),
                    p.field().equals("name") ? ListingRules.MAX_NAME : ListingRules.MAX_GROUNDS);
        });
        String key = digest("listing-objection\n" + (source == null ? "" : source));
        List<Instant> recent = em.createQuery("select o.lodgedAt from ListingObjection o where o.sourceKey = :k"
                        + " and o.lodgedAt > :since and o.lodgedAt <= :now order by o.lodgedAt", Instant.class)
                .setParameter("k", key).setParameter("since", now.minus(ListingRules.SOURCE_WINDOW))
                .setParameter("now", now).getResultList();
        if (recent.size() >= ListingRules.SOURCE_LIMIT) {
            long wait = Math.max(1, Duration.between(now, recent.get(0).plus(ListingRules.SOURCE_WINDOW)).toSeconds());
            throw new DomainException("too-many-objections", 429, null, "listing.objection.tooMany", (wait + 59) / 60)
                    .with("retryAfter", wait);
        }
        ListingObjection o = new ListingObjection(entryId, name.strip(), contact.strip(), grounds.strip(), now, key);
        em.persist(o);
        em.flush();
        audit.record("public", "listing.objection", "ListingEntry", Long.toString(entryId), null,
                "objection " + o.getId() + " lodged");
        return new Lodged(o.getId(), now);
    }

    /** An objection as the office sees it: the objector's name and contact in full (the office's only), the entry masked. */
    public record ObjectionRow(long id, long entryId, long registrationId, String name, String idNumber,
                               String objectorName, String objectorContact, String grounds, Instant lodgedAt,
                               ListingRules.ObjectionStatus status, Instant resolvedAt, String resolvedBy,
                               String resolutionReason) implements Serializable {
        public long getId() { return id; }
    }

    /** The listing's objections, unresolved first, then by when lodged. */
    public List<ObjectionRow> objections(long examId) {
        exam(examId);
        PublicListing l = listing(examId, false);
        if (l == null) {
            throw new DomainException("no-such-listing", 404, "exam", "listing.none");
        }
        return em.createQuery("select o as o, e as e, p as p from ListingObjection o, ListingEntry e, Registration r,"
                        + " CandidateProfile p where e.id = o.entryId and r.id = e.registrationId"
                        + " and p.accountId = r.accountId and e.listingId = :l order by o.lodgedAt, o.id", Tuple.class)
                .setParameter("l", l.getId()).getResultStream().map(t -> row(t.get("o", ListingObjection.class),
                        t.get("e", ListingEntry.class), t.get("p", CandidateProfile.class)))
                .sorted(java.util.Comparator.comparing((ObjectionRow r) -> r.status() != ListingRules.ObjectionStatus.OPEN))
                .toList();
    }

    private static ObjectionRow row(ListingObjection o, ListingEntry e, CandidateProfile p) {
        return new ObjectionRow(o.getId(), e.getId(), e.getRegistrationId(), IdNumbers.maskName(p.getRealName()),
                IdNumbers.mask(p.getIdNumber()), o.getObjectorName(), o.getObjectorContact(), o.getGrounds(),
                o.getLodgedAt(), o.getStatus(), o.getResolvedAt(), o.getResolvedBy(), o.getResolutionReason());
    }

    /**
     * The office resolves an open objection, during the period or after it: UPHELD (the entry is withheld from
     * certification, the reason kept) or DISMISSED, with a reason; audited {@code listing.resolve}. A resolved one:
     * 409 {@code objection-resolved}.
     */
    public ObjectionRow resolve(long objectionId, ListingRules.ObjectionStatus outcome, String reason, String actor) {
        ListingObjection o = em.find(ListingObjection.class, objectionId, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw new DomainException("no-such-objection", 404, "objection", "listing.noSuchObjection");
        }
        if (outcome == null || outcome == ListingRules.ObjectionStatus.OPEN) {
            throw DomainException.unprocessable("invalid-resolution", "outcome", "listing.resolution.outcome");
        }
        if (o.getStatus() != ListingRules.ObjectionStatus.OPEN) {
            throw DomainException.conflict("objection-resolved", "objection", "listing.resolution.done");
        }
        ListingRules.reasonProblem(reason).ifPresent(key -> {
            throw DomainException.unprocessable("invalid-resolution", "reason", key, ListingRules.MAX_REASON);
        });
        String why = reason.strip();
        o.resolve(outcome, why, clock.now(), actor);
        ListingEntry e = em.find(ListingEntry.class, o.getEntryId());
        audit.record(actor, "listing.resolve", "ListingObjection", Long.toString(objectionId), why,
                outcome.name() + " for registration " + e.getRegistrationId());
        Registration r = em.find(Registration.class, e.getRegistrationId());
        CandidateProfile p = em.createQuery("select p from CandidateProfile p where p.accountId = :a", CandidateProfile.class)
                .setParameter("a", r.getAccountId()).getSingleResult();
        return row(o, e, p);
    }

    // ----- the certificate gate -----

    /**
     * Whether a registration's listing lets a certificate be issued at {@code now}: CLEARED (listed, the period over,
     * no standing objection), PENDING (the period not over, or an objection unresolved: which one says
     * {@link ListingRules.Clearance#pending}), WITHHELD (an upheld objection, with its reason), NOT_LISTED.
     */
    public ListingRules.Clearance clearance(long registrationId, Instant now) {
        return em.createQuery("select e as e, l as l from ListingEntry e, PublicListing l where l.id = e.listingId"
                        + " and e.registrationId = :r order by e.id desc", Tuple.class)
                .setParameter("r", registrationId).setMaxResults(1).getResultStream().findFirst()
                .map(t -> {
                    PublicListing l = t.get("l", PublicListing.class);
                    return ListingRules.clearance(l.getOpensAt(), l.getClosesAt(),
                            states(t.get("e", ListingEntry.class).getId()), now);
                })
                .orElseGet(() -> ListingRules.clearance(null, null, List.of(), now));
    }

    private List<ListingRules.ObjectionState> states(long entryId) {
        return em.createQuery("select o from ListingObjection o where o.entryId = :e order by o.id", ListingObjection.class)
                .setParameter("e", entryId).getResultStream().map(ListingObjection::state).toList();
    }

    private PublicListing listing(long examId, boolean lock) {
        var q = em.createNamedQuery("PublicListing.findByExam", PublicListing.class).setParameter("exam", examId);
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst().orElse(null);
    }

    private Exam exam(long examId) {
        Exam e = em.find(Exam.class, examId);
        if (e == null) {
            throw new DomainException("no-such-exam", 404, "exam", "results.noSuchExam");
        }
        return e;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
