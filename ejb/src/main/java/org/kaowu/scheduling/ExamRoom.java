package org.kaowu.scheduling;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.SortNatural;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 考场: one room of a site, unique by number within it. Paper or computer (then its seats carry machine numbers from
 * {@link #getFirstMachine()}); a grid of rows × columns numbered by a {@link SeatPattern} of which the first
 * {@code capacity} seats are used; accessible or not; a spare room (备用考场) is held back for re-seating. A room is
 * lent on the exam days listed, or on every day when none is listed.
 */
@Entity
@Table(name = "exam_room")
@NamedQuery(name = "ExamRoom.findAvailableInArea", query = "select r from ExamRoom r join fetch r.site"
        + " where r.site.area = :area and (r.days is empty or :day member of r.days)"
        + " and not exists (select c from RoomClosure c where c.roomId = r.id and c.day = :day)"
        + " order by r.site.code, r.number")
@NamedQuery(name = "ExamRoom.findLentInArea", query = "select r from ExamRoom r join fetch r.site"
        + " where r.site.area = :area and (r.days is empty or :day member of r.days)"
        + " order by r.site.code, r.number")
public class ExamRoom {

    public static final int DEFAULT_CAPACITY = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_seq")
    @SequenceGenerator(name = "venue_seq", sequenceName = "venue_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id", nullable = false)
    private ExamSite site;

    @Column(name = "room_number", nullable = false, length = VenueRules.MAX_ROOM_NUMBER)
    private String number;

    @Column(nullable = false)
    private int floor;

    @Column(nullable = false)
    private int capacity = DEFAULT_CAPACITY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RoomKind kind;

    @Column(name = "first_machine")
    private Integer firstMachine;

    @Column(name = "seat_rows", nullable = false)
    private int rows;

    @Column(name = "seat_columns", nullable = false)
    private int columns;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SeatPattern pattern;

    @Column(nullable = false)
    private boolean accessible;

    @Column(nullable = false)
    private boolean spare;

    @ElementCollection
    @CollectionTable(name = "exam_room_day", joinColumns = @JoinColumn(name = "room_id"))
    @Column(name = "lent_on", nullable = false)
    @SortNatural
    private SortedSet<LocalDate> days = new TreeSet<>();

    @Version
    private long version;

    protected ExamRoom() {
    }

    ExamRoom(ExamSite site, VenueData.Room data) {
        this.site = Objects.requireNonNull(site);
        this.number = Objects.requireNonNull(data.number());
        set(data);
    }

    /** New particulars (the number stays); checked by {@link VenueRules#checkRoom} first. */
    void set(VenueData.Room data) {
        if (!VenueRules.checkRoom(data).isEmpty()) {
            throw new IllegalArgumentException("room particulars not checked");
        }
        if (!number.equals(data.number())) {
            throw new IllegalArgumentException("a room keeps its number");
        }
        if (!site.hosts(data.kind())) {
            throw new IllegalArgumentException("the site does not host " + data.kind());
        }
        this.floor = data.floor();
        this.capacity = data.capacity();
        this.kind = data.kind();
        this.firstMachine = data.firstMachine();
        this.rows = data.rows();
        this.columns = data.columns();
        this.pattern = data.pattern();
        this.accessible = data.accessible();
        this.spare = data.spare();
        this.days.clear();
        this.days.addAll(data.days());
    }

    /** Whether the room is lent on {@code day}: it is listed, or no day is listed at all. */
    public boolean availableOn(LocalDate day) {
        return days.isEmpty() || days.contains(day);
    }

    public SeatLayout layout() {
        return new SeatLayout(rows, columns, pattern, capacity);
    }

    public VenueData.Room data() {
        return new VenueData.Room(number, floor, kind, capacity, rows, columns, pattern, accessible, spare,
                firstMachine, List.copyOf(days));
    }

    public AvailableRoom available() {
        return new AvailableRoom(id, site.getArea(), site.getId(), site.getCode(), site.getName(), site.getAddress(),
                number, floor, kind, rows, columns, pattern, capacity, accessible, spare);
    }

    public Long getId() { return id; }
    public ExamSite getSite() { return site; }
    public String getNumber() { return number; }
    public int getFloor() { return floor; }
    public int getCapacity() { return capacity; }
    public RoomKind getKind() { return kind; }
    public Integer getFirstMachine() { return firstMachine; }
    public int getRows() { return rows; }
    public int getColumns() { return columns; }
    public SeatPattern getPattern() { return pattern; }
    public boolean isAccessible() { return accessible; }
    public boolean isSpare() { return spare; }
    public SortedSet<LocalDate> getDays() { return Collections.unmodifiableSortedSet(days); }
    public long getVersion() { return version; }
}
