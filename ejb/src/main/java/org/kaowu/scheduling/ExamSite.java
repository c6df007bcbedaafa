package org.kaowu.scheduling;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 考点: a school or test centre in one exam area (考区), known nationally by its code. Hosts paper exams, computer
 * exams or both; its rooms ({@link ExamRoom}) belong to it and go with it. Its particulars are checked by
 * {@link VenueRules} before they reach it; the entity refuses what would break its invariants anyway.
 */
@Entity
@Table(name = "exam_site")
@NamedQuery(name = "ExamSite.findByCode", query = "select s from ExamSite s where s.code = :code")
@NamedQuery(name = "ExamSite.findByCodes", query = "select s from ExamSite s left join fetch s.rooms where s.code in :codes")
public class ExamSite {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_seq")
    @SequenceGenerator(name = "venue_seq", sequenceName = "venue_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 40)
    private String area;

    @Column(nullable = false, unique = true, length = VenueRules.MAX_CODE)
    private String code;

    @Column(nullable = false, length = VenueRules.MAX_NAME)
    private String name;

    @Column(nullable = false, length = VenueRules.MAX_ADDRESS)
    private String address;

    @Column(name = "contact_person", length = VenueRules.MAX_CONTACT)
    private String contactPerson;

    @Column(name = "contact_phone", length = VenueRules.MAX_PHONE)
    private String contactPhone;

    @Column(nullable = false)
    private boolean accessible;

    @Column(name = "hosts_paper", nullable = false)
    private boolean hostsPaper;

    @Column(name = "hosts_computer", nullable = false)
    private boolean hostsComputer;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "site", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ExamRoom> rooms = new ArrayList<>();

    protected ExamSite() {
    }

    ExamSite(VenueData.Site data, String by, Instant at) {
        this.code = Objects.requireNonNull(data.code());
        set(data, by, at);
    }

    /** New particulars (the code stays); checked by {@link VenueRules#checkSite} first. */
    void set(VenueData.Site data, String by, Instant at) {
        if (!VenueRules.checkSite(data).isEmpty()) {
            throw new IllegalArgumentException("site particulars not checked");
        }
        if (!code.equals(data.code())) {
            throw new IllegalArgumentException("a site keeps its code");
        }
        this.area = data.area();
        this.name = data.name();
        this.address = data.address();
        this.contactPerson = data.contactPerson();
        this.contactPhone = data.contactPhone();
        this.accessible = data.accessible();
        this.hostsPaper = data.hostsPaper();
        this.hostsComputer = data.hostsComputer();
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    /** Records who changed the site or one of its rooms, and when. */
    void touch(String by, Instant at) {
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    /** Adds a room; its number must be new in this site and its kind one the site hosts. */
    ExamRoom addRoom(VenueData.Room data) {
        if (room(data.number()).isPresent()) {
            throw new IllegalArgumentException("room number taken");
        }
        ExamRoom room = new ExamRoom(this, data);
        rooms.add(room);
        return room;
    }

    void removeRoom(ExamRoom room) {
        rooms.remove(room);
    }

    public Optional<ExamRoom> room(String number) {
        return rooms.stream().filter(r -> r.getNumber().equals(number)).findFirst();
    }

    /** The particulars as data, for comparison with an import and for the edit form. */
    public VenueData.Site data() {
        return new VenueData.Site(area, code, name, address, contactPerson, contactPhone, accessible, hostsPaper,
                hostsComputer);
    }

    public boolean hosts(RoomKind kind) {
        return kind == RoomKind.PAPER ? hostsPaper : hostsComputer;
    }

    public int seats() {
        return rooms.stream().filter(r -> !r.isSpare()).mapToInt(ExamRoom::getCapacity).sum();
    }

    public Long getId() { return id; }
    public String getArea() { return area; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public String getContactPerson() { return contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public boolean isAccessible() { return accessible; }
    public boolean isHostsPaper() { return hostsPaper; }
    public boolean isHostsComputer() { return hostsComputer; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
    public List<ExamRoom> getRooms() { return Collections.unmodifiableList(rooms); }
}
