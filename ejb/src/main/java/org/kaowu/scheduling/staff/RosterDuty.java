package org.kaowu.scheduling.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kaowu.scheduling.roster.RosterPost;
import org.kaowu.scheduling.roster.StaffRole;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One post of a roster and the person who fills it (table roster_assignment): a session (its key, day and times), a
 * site, a role, the room for invigilators (none for site-wide posts and reserves), the slot; pinned duties survive
 * a re-solve. The explanation is the soft costs the solver charged to this post, in words.
 */
@Entity
@Table(name = "roster_assignment")
@NamedQuery(name = "RosterDuty.findByRoster", query = "select d from RosterDuty d where d.rosterId = :roster"
        + " order by d.day, d.start, d.siteId, d.role, d.roomId, d.slot")
@NamedQuery(name = "RosterDuty.findCurrentByStaff", query = "select d from RosterDuty d, Roster r where r.id = d.rosterId"
        + " and r.state = org.kaowu.scheduling.staff.Roster.State.COMPLETED and r.superseded = false"
        + " and d.staffId = :staff and d.day >= :from order by d.day, d.start")
public class RosterDuty {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_seq")
    @SequenceGenerator(name = "staff_seq", sequenceName = "staff_seq", allocationSize = 50)
    private Long id;

    @Column(name = "roster_id", nullable = false)
    private long rosterId;

    @Column(name = "session_key", nullable = false, length = 40)
    private String session;

    @Column(name = "exam_day", nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime start;

    @Column(name = "ends_at", nullable = false)
    private LocalTime end;

    @Column(name = "site_id", nullable = false)
    private long siteId;

    @Column(name = "room_id")
    private Long roomId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffRole role;

    @Column(nullable = false)
    private int slot;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(nullable = false)
    private boolean pinned;

    @Column(length = 1000)
    private String explanation;

    @Version
    private long version;

    protected RosterDuty() {
    }

    RosterDuty(long rosterId, RosterPost post, LocalDate day, LocalTime start, LocalTime end, long staffId,
               boolean pinned, String explanation) {
        this.rosterId = rosterId;
        this.session = post.session();
        this.day = day;
        this.start = start;
        this.end = end;
        this.siteId = post.siteId();
        this.roomId = post.roomId();
        this.role = post.role();
        this.slot = post.slot();
        this.staffId = staffId;
        this.pinned = pinned;
        this.explanation = explanation == null || explanation.length() <= 1000 ? explanation
                : explanation.substring(0, 999) + "…";
    }

    public RosterPost post() {
        return new RosterPost(siteId, session, role, roomId, slot);
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    void explain(String explanation) {
        this.explanation = explanation == null || explanation.length() <= 1000 ? explanation
                : explanation.substring(0, 999) + "…";
    }

    public Long getId() { return id; }
    public long getRosterId() { return rosterId; }
    public String getSession() { return session; }
    public LocalDate getDay() { return day; }
    public LocalTime getStart() { return start; }
    public LocalTime getEnd() { return end; }
    public long getSiteId() { return siteId; }
    public Long getRoomId() { return roomId; }
    public StaffRole getRole() { return role; }
    public int getSlot() { return slot; }
    public long getStaffId() { return staffId; }
    public boolean isPinned() { return pinned; }
    public String getExplanation() { return explanation; }
}
