package org.kaowu.conduct;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.kaowu.plan.Exam;
import org.kaowu.plan.PlanData;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.Registration;
import org.kaowu.scheduling.AllocationRun;
import org.kaowu.scheduling.ExamRoom;
import org.kaowu.scheduling.ExamSite;
import org.kaowu.scheduling.SeatAssignment;
import org.kaowu.scheduling.roster.StaffRole;
import org.kaowu.scheduling.staff.Roster;
import org.kaowu.scheduling.staff.RosterDuty;
import org.kaowu.scheduling.staff.StaffMember;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Texts;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Incident reports of the exam day (Order No. 31 Art. 16). A supervisor reports from one of their own duties in a
 * current roster: an invigilator for their room, a site head, chief examiner or inspector for any room of their site;
 * about a candidate seated in that room that day, a staff member serving that session at the site, or nobody. A rule
 * that applies only "经提醒仍不改正" is refused without the reminder. The person signs (a PNG drawn on screen) or
 * refuses; a refusal or evidence destroyed needs two distinct staff serving that session at the site, each confirming
 * with their own password on the reporter's phone. A report is stored once per idempotency key (the reporter's
 * submissions are serialized on their staff row; a repeat answers the first). The site head (or chief examiner) of the
 * site confirms it, which fires {@link IncidentConfirmed} in the same transaction; a confirmed report never changes,
 * corrections are addenda. Evidence is read by the office, the reporter and the site's site heads only. Audited.
 */
@Stateless
public class IncidentReports {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthorityClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    RuleBook rules;

    @Inject
    AttesterCheck attesterCheck;

    @Inject
    Event<IncidentConfirmed> confirmed;

    /** A staff member confirming on the reporter's phone: their account and password. */
    public record Attester(String username, char[] password) {
    }

    /** What the report form sends. */
    public record Submission(String idempotencyKey, Long dutyId, Long roomId, Party party, Long registrationId,
                             Long staffMemberId, String ruleCode, Instant occurredAt, String place, String description,
                             boolean reminded, byte[] signature, boolean refusedToSign, boolean evidenceDestroyed,
                             List<Attester> attesters) {
    }

    /** The answer to a submission: the report, and whether this request made it (false: a repeat of its key). */
    public record Submitted(IncidentReport report, boolean created) {
    }

    // ---------------------------------------------------------------- duties and people

    private StaffMember me(String username) {
        return em.createNamedQuery("StaffMember.findByAccount", StaffMember.class)
                .setParameter("account", username == null ? "" : username).getResultStream().findFirst()
                .orElseThrow(() -> forbidden("conduct.report.noStaff"));
    }

    private static DomainException forbidden(String key, Object... args) {
        return new DomainException("forbidden", 403, null, key, args);
    }

    private boolean current(long rosterId) {
        Roster r = em.find(Roster.class, rosterId);
        return r != null && r.getState() == Roster.State.COMPLETED && !r.isSuperseded();
    }

    /** One of the actor's own duties in a current roster, else 403. */
    public RosterDuty ownDuty(String username, Long dutyId) {
        StaffMember me = me(username);
        RosterDuty d = dutyId == null ? null : em.find(RosterDuty.class, dutyId);
        if (d == null || d.getStaffId() != me.getId() || !current(d.getRosterId())) {
            throw forbidden("conduct.report.notYourDuty");
        }
        return d;
    }

    private static boolean siteWide(StaffRole role) {
        return role == StaffRole.SITE_HEAD || role == StaffRole.CHIEF_EXAMINER || role == StaffRole.INSPECTOR;
    }

    /** A room a report may name. */
    public record RoomChoice(long id, String number) implements Serializable {
        public long getId() { return id; }
        public String getNumber() { return number; }
    }

    /** The rooms the duty may report from: its own room, or every room of the site for site-wide roles. */
    public List<RoomChoice> rooms(String username, long dutyId) {
        RosterDuty d = ownDuty(username, dutyId);
        ExamSite site = em.find(ExamSite.class, d.getSiteId());
        List<ExamRoom> rooms = siteWide(d.getRole()) ? (site == null ? List.of() : site.getRooms())
                : d.getRoomId() == null ? List.of() : List.of(em.find(ExamRoom.class, d.getRoomId()));
        return rooms.stream().map(r -> new RoomChoice(r.getId(), r.getNumber())).toList();
    }

    private ExamRoom room(RosterDuty d, Long roomId, boolean required) {
        if (roomId == null) {
            if (required) {
                throw DomainException.unprocessable("room-required", "room", "conduct.report.roomRequired");
            }
            return d.getRoomId() == null ? null : em.find(ExamRoom.class, d.getRoomId());
        }
        ExamRoom room = em.find(ExamRoom.class, roomId);
        boolean allowed = room != null && room.getSite().getId() == d.getSiteId()
                && (siteWide(d.getRole()) || roomId.equals(d.getRoomId()));
        if (!allowed) {
            throw forbidden("conduct.report.notYourRoom");
        }
        return room;
    }

    /** A candidate seated in a room on a day, as a supervisor looking for them sees it (ID number masked). */
    public record SeatedCandidate(long registrationId, String name, String maskedIdNumber, String ticketNumber,
                                  int seatNumber, String roomNumber, boolean hasPhoto) implements Serializable {
        public long getRegistrationId() { return registrationId; }
        public String getName() { return name; }
        public String getMaskedIdNumber() { return maskedIdNumber; }
        public String getTicketNumber() { return ticketNumber; }
        public int getSeatNumber() { return seatNumber; }
        public String getRoomNumber() { return roomNumber; }
        public boolean isHasPhoto() { return hasPhoto; }
    }

    private Optional<AllocationRun> run(Roster roster) {
        return em.createNamedQuery("AllocationRun.findCurrentByExamAndArea", AllocationRun.class)
                .setParameter("exam", roster.getExamId()).setParameter("area", roster.getArea()).getResultStream()
                .findFirst();
    }

    /**
     * The candidates seated in the room (one the duty may report from) on the duty's day, matching {@code q} (a
     * ticket number, a seat number or a part of the name; all when blank), by seat; at most 60.
     */
    public List<SeatedCandidate> candidates(String username, long dutyId, Long roomId, String q) {
        RosterDuty d = ownDuty(username, dutyId);
        ExamRoom room = room(d, roomId, true);
        Roster roster = em.find(Roster.class, d.getRosterId());
        Optional<AllocationRun> run = run(roster);
        if (run.isEmpty()) {
            return List.of();
        }
        String query = q == null ? "" : q.trim();
        List<SeatedCandidate> out = new ArrayList<>();
        for (SeatAssignment s : em.createQuery("select s from SeatAssignment s where s.runId = :run and s.day = :day"
                        + " and s.roomId = :room order by s.seatNumber", SeatAssignment.class)
                .setParameter("run", run.get().getId()).setParameter("day", d.getDay())
                .setParameter("room", room.getId()).getResultList()) {
            SeatedCandidate c = seated(run.get().getId(), s, room);
            if (c == null) {
                continue;
            }
            if (query.isEmpty() || query.equalsIgnoreCase(c.ticketNumber()) || query.equals(Integer.toString(c.seatNumber()))
                    || (c.name() != null && c.name().contains(query))) {
                out.add(c);
            }
            if (out.size() >= 60) {
                break;
            }
        }
        return out;
    }

    private SeatedCandidate seated(long runId, SeatAssignment s, ExamRoom room) {
        Registration r = em.find(Registration.class, s.getRegistrationId());
        if (r == null) {
            return null;
        }
        CandidateProfile p = em.find(CandidateProfile.class, r.getAccountId());
        String ticket = s.getTicketNumber() != null ? s.getTicketNumber()
                : em.createQuery("select s.ticketNumber from SeatAssignment s where s.runId = :run"
                        + " and s.registrationId = :reg and s.ticketNumber is not null", String.class)
                .setParameter("run", runId).setParameter("reg", r.getId()).getResultStream().findFirst().orElse(null);
        Long photos = em.createQuery("select count(p) from CandidatePhoto p where p.accountId = :a", Long.class)
                .setParameter("a", r.getAccountId()).getSingleResult();
        return new SeatedCandidate(r.getId(), p == null ? "" : p.getRealName(),
                p == null ? "" : IdNumbers.mask(p.getIdNumber()), ticket, s.getSeatNumber(), room.getNumber(),
                photos > 0);
    }

    /** The photo of a candidate seated in a room the duty may report from (for the thumbnail), else 403. */
    public byte[] photo(String username, long dutyId, long registrationId) {
        RosterDuty d = ownDuty(username, dutyId);
        Roster roster = em.find(Roster.class, d.getRosterId());
        AllocationRun run = run(roster).orElseThrow(() -> forbidden("conduct.report.notSeatedHere"));
        SeatAssignment seat = em.createQuery("select s from SeatAssignment s where s.runId = :run and s.day = :day"
                        + " and s.registrationId = :reg", SeatAssignment.class)
                .setParameter("run", run.getId()).setParameter("day", d.getDay()).setParameter("reg", registrationId)
                .getResultStream().findFirst().orElseThrow(() -> forbidden("conduct.report.notSeatedHere"));
        room(d, seat.getRoomId(), true);
        Registration r = em.find(Registration.class, registrationId);
        return em.createQuery("select p.content from CandidatePhoto p where p.accountId = :a", byte[].class)
                .setParameter("a", r.getAccountId()).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("no-photo", 404, null, "conduct.report.noPhoto"));
    }

    /** A staff member serving a session at a site, as the report form lists them (no ID number). */
    public record SessionStaff(long staffMemberId, String name, StaffRole role, String roomNumber, String account)
            implements Serializable {
        public long getStaffMemberId() { return staffMemberId; }
        public String getName() { return name; }
        public StaffRole getRole() { return role; }
        public String getRoomNumber() { return roomNumber; }
        public String getAccount() { return account; }
    }

    private List<RosterDuty> sessionDuties(long rosterId, String session, long siteId) {
        return em.createQuery("select d from RosterDuty d where d.rosterId = :roster and d.session = :session"
                        + " and d.siteId = :site order by d.role, d.roomId, d.slot", RosterDuty.class)
                .setParameter("roster", rosterId).setParameter("session", session).setParameter("site", siteId)
                .getResultList();
    }

    /** The staff serving the duty's session at its site: whom a staff report may name and who may attest. */
    public List<SessionStaff> sessionStaff(String username, long dutyId) {
        RosterDuty d = ownDuty(username, dutyId);
        List<SessionStaff> out = new ArrayList<>();
        for (RosterDuty o : sessionDuties(d.getRosterId(), d.getSession(), d.getSiteId())) {
            StaffMember m = em.find(StaffMember.class, o.getStaffId());
            ExamRoom room = o.getRoomId() == null ? null : em.find(ExamRoom.class, o.getRoomId());
            if (m != null) {
                out.add(new SessionStaff(m.getId(), m.getName(), o.getRole(), room == null ? null : room.getNumber(),
                        m.getAccount()));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- submitting

    /**
     * Stores a report once per idempotency key: a repeat by the same reporter answers the first report (created
     * false), the same key from anyone else is a 409. Every refusal is a 4xx problem with its field; nothing is
     * stored then. {@code source}: the request's address, for the attesters' sign-in throttle.
     */
    public Submitted submit(String username, Submission s, String source) {
        String key = s.idempotencyKey() == null ? "" : s.idempotencyKey().trim();
        if (!KEY.matcher(key).matches()) {
            throw DomainException.badInput("invalid-idempotency-key", "idempotencyKey", "conduct.report.key");
        }
        StaffMember me = me(username);
        em.lock(me, LockModeType.PESSIMISTIC_WRITE); // one reporter's submissions in turn: a double tap queues
        Optional<IncidentReport> earlier = em.createQuery("select r from IncidentReport r where r.idempotencyKey = :k",
                IncidentReport.class).setParameter("k", key).getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().getReporter().equals(username)) {
                throw DomainException.conflict("idempotency-key-used", "idempotencyKey", "conduct.report.keyUsed");
            }
            return new Submitted(earlier.get(), false);
        }
        RosterDuty duty = ownDuty(username, s.dutyId());
        Party party = s.party() == null ? Party.CANDIDATE : s.party();
        MisconductRule rule = rules.require("rule", s.ruleCode());
        if (rule.getParty() != party) {
            throw DomainException.unprocessable("rule-party-mismatch", "rule", "conduct.report.ruleParty",
                    rule.getCode());
        }
        if (rule.isReminderRequired() && !s.reminded()) {
            throw DomainException.unprocessable("reminder-required", "reminded", "conduct.report.reminderRequired",
                    rule.getArticle(), rule.getItem() == null ? "" : rule.getItem());
        }
        ExamRoom room = room(duty, s.roomId(), party == Party.CANDIDATE);
        Instant now = clock.now();
        if (s.occurredAt() == null) {
            throw DomainException.unprocessable("invalid-report", "occurredAt", "conduct.report.timeRequired");
        }
        if (!LocalDate.ofInstant(s.occurredAt(), AuthorityClock.ZONE).equals(duty.getDay())
                || s.occurredAt().isAfter(now.plus(CLOCK_SLACK))) {
            throw DomainException.unprocessable("invalid-report", "occurredAt", "conduct.report.timeOutside",
                    duty.getDay().toString());
        }
        String place = text(s.place(), "place", 200, false);
        String description = text(s.description(), "description", 4000, true);

        Roster roster = em.find(Roster.class, duty.getRosterId());
        Exam exam = em.find(Exam.class, roster.getExamId());
        ExamSite site = em.find(ExamSite.class, duty.getSiteId());
        IncidentReport.Who who = switch (party) {
            case CANDIDATE -> candidate(roster, duty, room, s.registrationId(), exam);
            case STAFF -> staff(duty, s.staffMemberId(), me);
            case NONE -> {
                if (s.registrationId() != null || s.staffMemberId() != null) {
                    throw DomainException.unprocessable("invalid-report", "party", "conduct.report.noPerson");
                }
                yield new IncidentReport.Who(Party.NONE, null, null, null, null, null, null);
            }
        };
        byte[] signature = null;
        if (party == Party.NONE) {
            if (s.signature() != null || s.refusedToSign()) {
                throw DomainException.unprocessable("invalid-report", "signature", "conduct.report.noPerson");
            }
        } else if (s.signature() != null && s.signature().length > 0) {
            if (s.refusedToSign()) {
                throw DomainException.unprocessable("invalid-report", "signature", "conduct.report.signOrRefuse");
            }
            if (s.signature().length > 300 * 1024) {
                throw DomainException.unprocessable("invalid-signature", "signature", "conduct.signature.invalid");
            }
            signature = EvidenceFiles.signature(s.signature());
        } else if (!s.refusedToSign()) {
            throw DomainException.unprocessable("signature-required", "signature", "conduct.report.signOrRefuse");
        }
        List<StaffMember> attesting = List.of();
        if (s.refusedToSign() || s.evidenceDestroyed()) {
            attesting = attesters(duty, s.attesters(), who.staffMemberId(), source);
        }
        IncidentReport.Where where = new IncidentReport.Where(roster.getId(), roster.getExamId(),
                exam.getPlan().getYear(), roster.getArea(), duty.getSiteId(), site.getName(),
                room == null ? null : room.getId(), room == null ? null : room.getNumber(), duty.getSession(),
                duty.getDay());
        IncidentReport report = new IncidentReport(key, username, me.getId(), where, who, rule, s.occurredAt(), place,
                description, s.reminded(), signature, s.refusedToSign(), s.evidenceDestroyed(), now);
        em.persist(report);
        em.flush();
        for (StaffMember m : attesting) {
            em.persist(new IncidentAttestation(report.getId(), m.getId(), m.getAccount(), m.getName(), now));
        }
        audit.record(username, "conduct.report.submit", "IncidentReport", Long.toString(report.getId()), null,
                "rule " + rule.getCode() + ", party " + party
                        + (who.registrationId() == null ? "" : ", registration " + who.registrationId())
                        + (who.staffMemberId() == null ? "" : ", staff " + who.staffMemberId())
                        + ", site " + duty.getSiteId() + (room == null ? "" : ", room " + room.getId())
                        + ", session " + duty.getSession() + (s.refusedToSign() ? ", refused to sign" : "")
                        + (s.evidenceDestroyed() ? ", evidence destroyed" : "")
                        + (attesting.isEmpty() ? "" : ", attested by staff "
                        + attesting.stream().map(m -> Long.toString(m.getId())).toList()));
        return new Submitted(report, true);
    }

    private static String text(String value, String field, int max, boolean multiline) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw DomainException.unprocessable("invalid-report", field, "conduct.report.required");
        }
        if (v.length() > max) {
            throw DomainException.unprocessable("invalid-report", field, "conduct.report.tooLong", max);
        }
        if (multiline ? Texts.hiddenMultiline(v) : Texts.hidden(v)) {
            throw DomainException.unprocessable("invalid-report", field, "conduct.report.hidden");
        }
        return v;
    }

    private IncidentReport.Who candidate(Roster roster, RosterDuty duty, ExamRoom room, Long registrationId, Exam exam) {
        if (registrationId == null) {
            throw DomainException.unprocessable("person-required", "candidate", "conduct.report.candidateRequired");
        }
        AllocationRun run = run(roster).orElseThrow(() -> DomainException.unprocessable("not-seated-here",
                "candidate", "conduct.report.notSeatedHere"));
        SeatAssignment seat = em.createQuery("select s from SeatAssignment s where s.runId = :run and s.day = :day"
                        + " and s.registrationId = :reg and s.roomId = :room", SeatAssignment.class)
                .setParameter("run", run.getId()).setParameter("day", duty.getDay())
                .setParameter("reg", registrationId).setParameter("room", room.getId()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.unprocessable("not-seated-here", "candidate",
                        "conduct.report.notSeatedHere"));
        SeatedCandidate c = seated(run.getId(), seat, room);
        Registration r = em.find(Registration.class, registrationId);
        String subject = null;
        for (PlanData.SessionData sd : exam.sessionData()) {
            String key = sd.date() + " " + sd.start() + "-" + sd.end();
            if (key.equals(duty.getSession()) && r.getSubjects().contains(sd.subjectCode())) {
                subject = sd.subjectCode();
                break;
            }
        }
        return new IncidentReport.Who(Party.CANDIDATE, registrationId, null, c.name(), c.ticketNumber(),
                c.seatNumber(), subject);
    }

    private IncidentReport.Who staff(RosterDuty duty, Long staffMemberId, StaffMember me) {
        if (staffMemberId == null) {
            throw DomainException.unprocessable("person-required", "staffMember", "conduct.report.staffRequired");
        }
        if (staffMemberId == me.getId()) {
            throw DomainException.unprocessable("invalid-report", "staffMember", "conduct.report.notYourself");
        }
        boolean serving = sessionDuties(duty.getRosterId(), duty.getSession(), duty.getSiteId()).stream()
                .anyMatch(d -> d.getStaffId() == staffMemberId);
        StaffMember m = em.find(StaffMember.class, staffMemberId);
        if (!serving || m == null) {
            throw DomainException.unprocessable("not-serving-here", "staffMember", "conduct.report.staffNotServing");
        }
        return new IncidentReport.Who(Party.STAFF, null, m.getId(), m.getName(), null, null, null);
    }

    /**
     * Two distinct staff serving the session at the site, each confirmed by their own password (a real sign-in,
     * throttled as any); the person reported never attests. 422 naming the field otherwise.
     */
    private List<StaffMember> attesters(RosterDuty duty, List<Attester> given, Long reported, String source) {
        List<Attester> list = given == null ? List.of() : given;
        Set<Long> serving = new LinkedHashSet<>();
        sessionDuties(duty.getRosterId(), duty.getSession(), duty.getSiteId()).forEach(d -> serving.add(d.getStaffId()));
        Map<Long, StaffMember> found = new LinkedHashMap<>();
        for (Attester a : list) {
            if (a == null || a.username() == null || a.username().isBlank()) {
                continue;
            }
            String name = a.username().trim();
            Optional<StaffMember> m = em.createNamedQuery("StaffMember.findByAccount", StaffMember.class)
                    .setParameter("account", name).getResultStream().findFirst();
            if (m.isEmpty() || !serving.contains(m.get().getId()) || m.get().getId().equals(reported)) {
                throw DomainException.unprocessable("attester-invalid", "attesters", "conduct.attest.notServing", name);
            }
            if (!attesterCheck.valid(name, a.password(), source)) {
                throw DomainException.unprocessable("attester-invalid", "attesters", "conduct.attest.password", name);
            }
            found.put(m.get().getId(), m.get());
        }
        if (found.size() < 2) {
            throw DomainException.unprocessable("attestation-required", "attesters", "conduct.attest.two");
        }
        return List.copyOf(found.values());
    }

    // ---------------------------------------------------------------- reading, confirming, addenda, evidence

    private IncidentReport find(long id) {
        IncidentReport r = em.find(IncidentReport.class, id);
        if (r == null) {
            throw new DomainException("no-such-report", 404, "report", "conduct.report.notFound");
        }
        return r;
    }

    /** Is the account a site head or chief examiner of the report's site in its roster? */
    private boolean siteHeadOf(String username, IncidentReport r) {
        Optional<StaffMember> me = em.createNamedQuery("StaffMember.findByAccount", StaffMember.class)
                .setParameter("account", username == null ? "" : username).getResultStream().findFirst();
        // The report's roster, or the current roster of its exam and area (a re-solve after the report was filed).
        return me.isPresent() && em.createQuery("select count(d) from RosterDuty d, Roster ro where ro.id = d.rosterId"
                        + " and (ro.id = :roster or (ro.examId = :exam and ro.area = :area and ro.superseded = false"
                        + " and ro.state = org.kaowu.scheduling.staff.Roster.State.COMPLETED))"
                        + " and d.siteId = :site and d.staffId = :me and d.role in :roles", Long.class)
                .setParameter("roster", r.getRosterId()).setParameter("exam", r.getExamId())
                .setParameter("area", r.getArea()).setParameter("site", r.getSiteId())
                .setParameter("me", me.get().getId())
                .setParameter("roles", List.of(StaffRole.SITE_HEAD, StaffRole.CHIEF_EXAMINER)).getSingleResult() > 0;
    }

    /** A report as the office, its reporter or the site's site head may read it; anyone else 403. */
    public IncidentReport read(String username, boolean office, long id) {
        IncidentReport r = find(id);
        if (!office && !r.getReporter().equals(username) && !siteHeadOf(username, r)) {
            throw forbidden("conduct.report.notYours");
        }
        return r;
    }

    /** May the account confirm this report (site head or chief examiner of its site, not its reporter, unconfirmed)? */
    public boolean mayConfirm(String username, IncidentReport r) {
        return r.getStatus() == IncidentReport.Status.SUBMITTED && !r.getReporter().equals(username)
                && siteHeadOf(username, r);
    }

    /** The reporter corrects place and description before confirmation; 409 after. Audited. */
    public IncidentReport edit(String username, long id, String place, String description) {
        IncidentReport r = find(id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        if (!r.getReporter().equals(username)) {
            throw forbidden("conduct.report.notYours");
        }
        r.checkOpen();
        r.edit(text(place, "place", 200, false), text(description, "description", 4000, true));
        audit.record(username, "conduct.report.edit", "IncidentReport", Long.toString(id), null, "place, description");
        return r;
    }

    /**
     * The site head (or chief examiner) of the report's site confirms it and sends it on: CONFIRMED, by and at;
     * {@link IncidentConfirmed} fired in this transaction. Not the reporter; 409 when already confirmed. Audited.
     */
    public IncidentReport confirm(String username, long id) {
        IncidentReport r = find(id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        if (!siteHeadOf(username, r)) {
            throw forbidden("conduct.report.notSiteHead");
        }
        r.checkOpen();
        if (r.getReporter().equals(username)) {
            throw forbidden("conduct.report.notOwnConfirm");
        }
        Instant now = clock.now();
        r.confirm(username, now);
        confirmed.fire(new IncidentConfirmed(r.getId(), r.getParty(), r.getRegistrationId(), r.getStaffMemberId(),
                r.getExamId(), r.getYear(), r.getArea(), r.getSiteName(), r.getRoomNumber(), r.getSubject(),
                r.getRuleCode(), r.getOccurredAt(), r.getDescription(), username));
        audit.record(username, "conduct.report.confirm", "IncidentReport", Long.toString(id), null,
                "rule " + r.getRuleCode() + ", party " + r.getParty());
        return r;
    }

    /** A correction after the report by its reporter or the site's site head (any status). Audited. */
    public IncidentAddendum addendum(String username, long id, String body) {
        IncidentReport r = find(id);
        if (!r.getReporter().equals(username) && !siteHeadOf(username, r)) {
            throw forbidden("conduct.report.notYours");
        }
        IncidentAddendum a = new IncidentAddendum(id, text(body, "text", 4000, true), username, clock.now());
        em.persist(a);
        audit.record(username, "conduct.report.addendum", "IncidentReport", Long.toString(id), null,
                a.getBody().length() + " characters");
        return a;
    }

    public List<IncidentAddendum> addenda(long id) {
        return em.createQuery("select a from IncidentAddendum a where a.reportId = :r order by a.addedAt, a.id",
                IncidentAddendum.class).setParameter("r", id).getResultList();
    }

    public List<IncidentAttestation> attestations(long id) {
        return em.createQuery("select a from IncidentAttestation a where a.reportId = :r order by a.id",
                IncidentAttestation.class).setParameter("r", id).getResultList();
    }

    /** A report's evidence as listed, without the bytes. */
    public record EvidenceInfo(long id, String fileName, String contentType, int size, Instant addedAt)
            implements Serializable {
        public long getId() { return id; }
        public String getFileName() { return fileName; }
        public String getContentType() { return contentType; }
        public int getSize() { return size; }
    }

    public List<EvidenceInfo> evidence(long id) {
        return em.createQuery("select new org.kaowu.conduct.IncidentReports$EvidenceInfo(e.id, e.fileName,"
                + " e.contentType, e.size, e.addedAt) from IncidentEvidence e where e.reportId = :r order by e.id",
                EvidenceInfo.class).setParameter("r", id).getResultList();
    }

    /**
     * The reporter adds a photo or file while the report is unconfirmed (409 after): JPEG, PNG or PDF by content,
     * at most {@link IncidentEvidence#MAX_BYTES} bytes and {@link IncidentEvidence#MAX_PER_REPORT} files. Audited.
     */
    public IncidentEvidence addEvidence(String username, long id, String fileName, byte[] content) {
        IncidentReport r = find(id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        if (!r.getReporter().equals(username)) {
            throw forbidden("conduct.report.notYours");
        }
        r.checkOpen();
        if (content == null || content.length == 0 || content.length > IncidentEvidence.MAX_BYTES) {
            throw DomainException.unprocessable("invalid-evidence", "evidence", "conduct.evidence.invalid",
                    IncidentEvidence.MAX_BYTES / 1024 / 1024);
        }
        long count = em.createQuery("select count(e) from IncidentEvidence e where e.reportId = :r", Long.class)
                .setParameter("r", id).getSingleResult();
        if (count >= IncidentEvidence.MAX_PER_REPORT) {
            throw DomainException.conflict("too-much-evidence", "evidence", "conduct.evidence.tooMany",
                    IncidentEvidence.MAX_PER_REPORT);
        }
        EvidenceFiles.Checked checked = EvidenceFiles.check(content, "evidence");
        IncidentEvidence e = new IncidentEvidence(id, safeName(fileName, checked.contentType()), checked.contentType(),
                checked.content(), sha256(checked.content()), username, clock.now());
        em.persist(e);
        audit.record(username, "conduct.evidence.add", "IncidentReport", Long.toString(id), null,
                checked.contentType() + " " + checked.content().length + " bytes");
        return e;
    }

    /** One evidence file, to the office, the reporter or the site's site head only (403 otherwise). */
    public IncidentEvidence evidenceFile(String username, boolean office, long id, long evidenceId) {
        read(username, office, id);
        IncidentEvidence e = em.find(IncidentEvidence.class, evidenceId);
        if (e == null || e.getReportId() != id) {
            throw new DomainException("no-such-evidence", 404, "evidence", "conduct.evidence.notFound");
        }
        return e;
    }

    static String safeName(String name, String type) {
        String ext = switch (type) {
            case "image/jpeg" -> ".jpg";
            case EvidenceFiles.PNG -> ".png";
            default -> ".pdf";
        };
        String base = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        int dot = base.lastIndexOf('.');
        base = dot > 0 ? base.substring(0, dot) : base;
        if (base.isBlank() || base.startsWith(".")) {
            base = "evidence";
        }
        return (base.length() > 80 ? base.substring(0, 80) : base) + ext;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- lists

    /** A report as a list shows it (a person's name only; no ID number). */
    public record Row(long id, String ruleCode, int article, Party party, String personName, String siteName,
                      String roomNumber, String session, Instant occurredAt, IncidentReport.Status status,
                      String reporter) implements Serializable {
        public long getId() { return id; }
        public String getRuleCode() { return ruleCode; }
        public int getArticle() { return article; }
        public Party getParty() { return party; }
        public String getPersonName() { return personName; }
        public String getSiteName() { return siteName; }
        public String getRoomNumber() { return roomNumber; }
        public String getSession() { return session; }
        public Instant getOccurredAt() { return occurredAt; }
        public IncidentReport.Status getStatus() { return status; }
        public String getReporter() { return reporter; }
    }

    private static final String ROW = "select new org.kaowu.conduct.IncidentReports$Row(r.id, r.ruleCode, r.article,"
            + " r.party, r.personName, r.siteName, r.roomNumber, r.session, r.occurredAt, r.status, r.reporter)"
            + " from IncidentReport r ";

    /** The account's own reports, newest first (at most 200: one person's reports of a few exam days). */
    public List<Row> mine(String username) {
        return em.createQuery(ROW + "where r.reporter = :me order by r.createdAt desc, r.id desc", Row.class)
                .setParameter("me", username == null ? "" : username).setMaxResults(200).getResultList();
    }

    /** Unconfirmed reports of the sites the account heads (site head or chief examiner) in current rosters. */
    public List<Row> awaitingConfirmation(String username) {
        Optional<StaffMember> me = em.createNamedQuery("StaffMember.findByAccount", StaffMember.class)
                .setParameter("account", username == null ? "" : username).getResultStream().findFirst();
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery(ROW + "where r.status = org.kaowu.conduct.IncidentReport.Status.SUBMITTED"
                        + " and r.reporter <> :name and exists (select d from RosterDuty d, Roster ro where"
                        + " ro.id = d.rosterId and ro.superseded = false and ro.examId = r.examId and ro.area = r.area"
                        + " and d.siteId = r.siteId"
                        + " and d.staffId = :me and d.role in :roles) order by r.createdAt, r.id", Row.class)
                .setParameter("name", username).setParameter("me", me.get().getId())
                .setParameter("roles", List.of(StaffRole.SITE_HEAD, StaffRole.CHIEF_EXAMINER))
                .setMaxResults(200).getResultList();
    }

    // ---------------------------------------------------------------- statistics

    /** One group of confirmed reports: its key (article, exam, area or site) in words, and the count. */
    public record Count(String dimension, String key, String label, long count) implements Serializable {
        public String getDimension() { return dimension; }
        public String getKey() { return key; }
        public String getLabel() { return label; }
        public long getCount() { return count; }
    }

    /** The groups of confirmed reports by article, exam, area and site, filtered by year, exam and area (any null). */
    public List<Count> statistics(Integer year, Long examId, String area, Locale locale) {
        List<Count> out = new ArrayList<>();
        for (String dim : List.of("article", "exam", "area", "site")) {
            String group = switch (dim) {
                case "article" -> "r.article";
                case "exam" -> "r.examId";
                case "area" -> "r.area";
                default -> "r.siteName";
            };
            StringBuilder q = new StringBuilder("select " + group + " as k, count(r) as n from IncidentReport r where"
                    + " r.status = org.kaowu.conduct.IncidentReport.Status.CONFIRMED");
            if (year != null) {
                q.append(" and r.year = :year");
            }
            if (examId != null) {
                q.append(" and r.examId = :exam");
            }
            if (area != null && !area.isBlank()) {
                q.append(" and r.area = :area");
            }
            q.append(" group by ").append(group).append(" order by ").append(group);
            var query = em.createQuery(q.toString(), Tuple.class);
            if (year != null) {
                query.setParameter("year", year);
            }
            if (examId != null) {
                query.setParameter("exam", examId);
            }
            if (area != null && !area.isBlank()) {
                query.setParameter("area", area.trim());
            }
            for (Tuple t : query.getResultList()) {
                Object k = t.get("k");
                String label = switch (dim) {
                    case "article" -> ((Number) k).intValue() == 0
                            ? org.kaowu.shared.Messages.text(locale, "conduct.stats.incident")
                            : org.kaowu.shared.Messages.text(locale, "conduct.stats.article", k);
                    case "exam" -> {
                        Exam e = em.find(Exam.class, ((Number) k).longValue());
                        yield e == null ? k.toString() : e.getPlan().getYear() + " " + e.title(null);
                    }
                    default -> k.toString();
                };
                out.add(new Count(dim, k.toString(), label, ((Number) t.get("n")).longValue()));
            }
        }
        return out;
    }
}
