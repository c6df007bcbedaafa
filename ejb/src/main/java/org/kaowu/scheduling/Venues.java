package org.kaowu.scheduling;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kaowu.registration.Areas;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Venues (考点 and 考场) of the provincial exam areas: listed by area, read with their rooms, edited, deleted and
 * imported from a venues file (all or nothing, previewed first); every change is audited. Seat allocation asks it for
 * the rooms lent on an exam day ({@link #availableRooms}).
 */
@Stateless
public class Venues {

    static final String PROBLEM = VenueProblem.TYPE;

    @Inject
    private AuthorityClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /**
     * Every room of the area's sites that is lent on {@code day} (a room without listed days is lent every day) and
     * not closed that day by a re-seating ({@link RoomClosure}), spare rooms included and flagged, ordered by site
     * code, then room number.
     */
    public List<AvailableRoom> availableRooms(String area, LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (area == null) {
            return List.of();
        }
        return em.createNamedQuery("ExamRoom.findAvailableInArea", ExamRoom.class)
                .setParameter("area", area).setParameter("day", day)
                .getResultList().stream().map(ExamRoom::available).toList();
    }

    /**
     * Every room of the area lent on {@code day}, closed or not (re-seating needs the rooms it closes, and the ticket
     * places of a run as it saw them), spare rooms included; ordered as {@link #availableRooms}.
     */
    public List<AvailableRoom> lentRooms(String area, LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (area == null) {
            return List.of();
        }
        return em.createNamedQuery("ExamRoom.findLentInArea", ExamRoom.class)
                .setParameter("area", area).setParameter("day", day)
                .getResultList().stream().map(ExamRoom::available).toList();
    }

    /** Sortable fields of {@link #sites}: field name to JPQL path. */
    static final Map<String, String> SORTABLE = Map.of("code", "s.code", "name", "s.name");

    /** One page of an area's sites (every area's when {@code area} is empty), by site code unless sorted otherwise. */
    public Page<SiteRow> sites(String area, PageRequest page) {
        String a = area == null ? "" : area.strip();
        if (!a.isEmpty() && !Areas.ALL.contains(a)) {
            throw DomainException.badInput(PROBLEM, "area", "venue.area", a);
        }
        String where = a.isEmpty() ? "" : " where s.area = :area";
        var rows = em.createQuery("select new org.kaowu.scheduling.SiteRow(s.id, s.code, s.name, s.area, s.address,"
                + " s.accessible, s.hostsPaper, s.hostsComputer, count(r),"
                + " coalesce(sum(case when r.spare = false then r.capacity else 0 end), 0))"
                + " from ExamSite s left join s.rooms r" + where
                + " group by s.id, s.code, s.name, s.area, s.address, s.accessible, s.hostsPaper, s.hostsComputer"
                + page.orderBy(SORTABLE, "s.code"), SiteRow.class);
        var count = em.createQuery("select count(s) from ExamSite s" + where, Long.class);
        if (!a.isEmpty()) {
            rows.setParameter("area", a);
            count.setParameter("area", a);
        }
        return Page.of(rows, count, page);
    }

    /** A site with its rooms (and their days). */
    public ExamSite site(long id) {
        ExamSite s = em.find(ExamSite.class, id);
        if (s == null) {
            throw new DomainException("no-such-site", 404, "site", "venue.noSuchSite");
        }
        s.getRooms().forEach(r -> r.getDays().size());
        return s;
    }

    public ExamRoom room(long id) {
        ExamRoom r = em.find(ExamRoom.class, id);
        if (r == null) {
            throw new DomainException("no-such-room", 404, "room", "venue.noSuchRoom");
        }
        r.getDays().size();
        r.getSite().getCode();
        return r;
    }

    /** What importing the file would do: every problem, or each site's change. Stores nothing. */
    public VenuePreview preview(byte[] file) {
        VenueFile.Result parsed = VenueFile.parse(file);
        if (!parsed.ok()) {
            return new VenuePreview(parsed.problems(), List.of());
        }
        List<VenueProblem> problems = new ArrayList<>();
        List<VenuePreview.SiteChange> changes = new ArrayList<>();
        Map<String, ExamSite> stored = stored(parsed.sites(), false);
        for (VenueData.SiteWithRooms s : parsed.sites()) {
            ExamSite known = stored.get(s.site().code());
            int newRooms = 0;
            int changedRooms = 0;
            if (known != null) {
                for (VenueData.Room r : s.rooms()) {
                    var room = known.room(r.number());
                    if (room.isEmpty()) {
                        newRooms++;
                    } else if (!same(room.get().data(), r)) {
                        changedRooms++;
                    }
                }
                // Rooms kept from before must still be of a kind the site hosts.
                for (ExamRoom kept : known.getRooms()) {
                    boolean inFile = s.rooms().stream().anyMatch(r -> r.number().equals(kept.getNumber()));
                    if (!inFile && !(kept.getKind() == RoomKind.PAPER ? s.site().hostsPaper() : s.site().hostsComputer())) {
                        problems.add(new VenueProblem(s.line(), "site_kinds", "venue.keptRoomKind", s.site().code(),
                                kept.getNumber(), kept.getKind().name()));
                    }
                }
            } else {
                newRooms = s.rooms().size();
            }
            VenuePreview.Change change = known == null ? VenuePreview.Change.NEW
                    : newRooms + changedRooms > 0 || !known.data().equals(s.site()) ? VenuePreview.Change.CHANGED
                    : VenuePreview.Change.UNCHANGED;
            int seats = s.rooms().stream().filter(r -> !r.spare()).mapToInt(VenueData.Room::capacity).sum();
            int spare = (int) s.rooms().stream().filter(VenueData.Room::spare).count();
            changes.add(new VenuePreview.SiteChange(s.site().code(), s.site().name(), s.site().area(), s.rooms().size(),
                    seats, spare, newRooms, changedRooms, change));
        }
        return problems.isEmpty() ? new VenuePreview(List.of(), changes) : new VenuePreview(problems, List.of());
    }

    /**
     * Imports a venues file, all or nothing: new sites are created, a site whose code is stored is updated (its
     * rooms in the file updated or added, its other rooms kept). Any problem is a 422 listing every one.
     */
    public VenuePreview importFile(byte[] file, String actor) {
        VenuePreview preview = preview(file);
        if (!preview.ok()) {
            throw VenueProblem.invalid(preview.problems());
        }
        VenueFile.Result parsed = VenueFile.parse(file);
        Map<String, ExamSite> stored = stored(parsed.sites(), true);
        for (VenueData.SiteWithRooms s : parsed.sites()) {
            ExamSite site = stored.get(s.site().code());
            if (site == null) {
                site = new ExamSite(s.site(), actor, clock.now());
                em.persist(site);
            } else {
                site.set(s.site(), actor, clock.now());
            }
            for (VenueData.Room r : s.rooms()) {
                var room = site.room(r.number());
                if (room.isPresent()) {
                    room.get().set(r);
                } else {
                    site.addRoom(r);
                }
            }
        }
        flush();
        audit.record(actor, "venue.import", "ExamSite", "import", null, "new " + preview.newSites() + ", changed "
                + preview.changedSites() + ", unchanged " + preview.unchangedSites() + ", rooms " + preview.rooms()
                + ": " + String.join(", ", preview.sites().stream().map(VenuePreview.SiteChange::code).toList()));
        return preview;
    }

    /** Corrects a site's particulars (its code stays); its rooms must remain of kinds it hosts. */
    public ExamSite editSite(long id, VenueData.Site data, String actor) {
        ExamSite site = site(id);
        em.lock(site, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        VenueData.Site d = new VenueData.Site(strip(data.area()), site.getCode(), strip(data.name()),
                strip(data.address()), blankToNull(data.contactPerson()), blankToNull(data.contactPhone()),
                data.accessible(), data.hostsPaper(), data.hostsComputer());
        List<VenueProblem> problems = new ArrayList<>(VenueRules.checkSite(d));
        for (ExamRoom r : site.getRooms()) {
            if (!(r.getKind() == RoomKind.PAPER ? d.hostsPaper() : d.hostsComputer())) {
                problems.add(new VenueProblem(0, "site_kinds", "venue.keptRoomKind", d.code(), r.getNumber(),
                        r.getKind().name()));
            }
        }
        if (!problems.isEmpty()) {
            throw VenueProblem.invalid(problems);
        }
        VenueData.Site before = site.data();
        site.set(d, actor, clock.now());
        flush();
        // The contact's name and phone are personal data: the trail says whether they changed, not what they are.
        audit.record(actor, "venue.site.edit", "ExamSite", site.getCode(), null, changes(withoutContact(before),
                withoutContact(d)) + (java.util.Objects.equals(before.contactPerson(), d.contactPerson())
                && java.util.Objects.equals(before.contactPhone(), d.contactPhone()) ? "" : "\ncontact changed"));
        return site;
    }

    /** Corrects a room's particulars (its number stays), checked against its site. */
    public ExamRoom editRoom(long id, VenueData.Room data, String actor) {
        ExamRoom room = room(id);
        ExamSite site = room.getSite();
        VenueData.Room d = new VenueData.Room(room.getNumber(), data.floor(), data.kind(), data.capacity(),
                data.rows(), data.columns(), data.pattern(), data.accessible(), data.spare(), data.firstMachine(),
                data.days() == null ? List.of() : data.days().stream().sorted().toList());
        List<VenueProblem> problems = VenueRules.checkRoomIn(site.data(), d);
        if (!problems.isEmpty()) {
            throw VenueProblem.invalid(problems);
        }
        VenueData.Room before = room.data();
        room.set(d);
        site.touch(actor, clock.now());
        flush();
        audit.record(actor, "venue.room.edit", "ExamRoom", site.getCode() + "/" + room.getNumber(), null,
                changes(before, d));
        return room;
    }

    /** Deletes a room (audited). */
    public void deleteRoom(long id, String actor) {
        ExamRoom room = room(id);
        ExamSite site = room.getSite();
        site.removeRoom(room);
        site.touch(actor, clock.now());
        flush();
        audit.record(actor, "venue.room.delete", "ExamRoom", site.getCode() + "/" + room.getNumber(), null,
                room.data().toString());
    }

    /** Deletes a site with its rooms (audited). */
    public void deleteSite(long id, String actor) {
        ExamSite site = site(id);
        String details = site.getName() + " (" + site.getArea() + "), rooms: "
                + String.join(", ", site.getRooms().stream().map(ExamRoom::getNumber).toList());
        em.remove(site);
        flush();
        audit.record(actor, "venue.site.delete", "ExamSite", site.getCode(), null, cut(details));
    }

    /**
     * Writes now, so that a collision with another office user's change (the same new site code imported twice at
     * once, a room changed meanwhile) is told as a 409 to try again, not as a failure at commit.
     */
    private void flush() {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw DomainException.conflict("venue-changed", null, "venue.changed");
        }
    }

    private Map<String, ExamSite> stored(List<VenueData.SiteWithRooms> sites, boolean lock) {
        Map<String, ExamSite> out = new HashMap<>();
        List<String> codes = sites.stream().map(s -> s.site().code()).toList();
        for (int i = 0; i < codes.size(); i += 500) {
            var q = em.createNamedQuery("ExamSite.findByCodes", ExamSite.class)
                    .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + 500)));
            if (lock) {
                q.setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            q.getResultList().forEach(s -> out.put(s.getCode(), s));
        }
        return out;
    }

    private static boolean same(VenueData.Room a, VenueData.Room b) {
        return a.equals(new VenueData.Room(b.number(), b.floor(), b.kind(), b.capacity(), b.rows(), b.columns(),
                b.pattern(), b.accessible(), b.spare(), b.firstMachine(), b.days().stream().distinct().sorted().toList()));
    }


    private static String withoutContact(VenueData.Site s) {
        return "area=" + s.area() + ", name=" + s.name() + ", address=" + s.address() + ", accessible="
                + s.accessible() + ", paper=" + s.hostsPaper() + ", computer=" + s.hostsComputer();
    }

    private static String changes(Object before, Object after) {
        return cut("before: " + before + "\nafter: " + after);
    }

    private static String cut(String text) {
        return text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
