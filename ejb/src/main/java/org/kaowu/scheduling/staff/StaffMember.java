package org.kaowu.scheduling.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.SortNatural;
import org.kaowu.registration.IdNumbers;
import org.kaowu.scheduling.roster.StaffRole;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * 监考人员: one person of the staff pool, known by the resident identity number (kept as candidates' numbers are, shown
 * masked in every list). Declared relatives are kept only as {@link StaffIds#digest digests}. Sex comes from the
 * number. Available in the sessions listed (a whole day or its morning / afternoon), in every session when none is.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = "StaffMember.findByIdNumbers", query = "select s from StaffMember s where s.idNumber in :numbers")
@NamedQuery(name = "StaffMember.findByAccount", query = "select s from StaffMember s where s.account = :account")
@NamedQuery(name = "StaffMember.findByArea", query = "select distinct s from StaffMember s left join fetch s.relatives"
        + " where s.area = :area order by s.id")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_seq")
    @SequenceGenerator(name = "staff_seq", sequenceName = "staff_seq", allocationSize = 50)
    private Long id;

    @Column(name = "id_number", nullable = false, unique = true, length = 30)
    private String idNumber;

    @Column(nullable = false, length = StaffRules.MAX_NAME)
    private String name;

    @Column(nullable = false, length = StaffRules.MAX_EMPLOYER)
    private String employer;

    @Column(nullable = false, length = 1)
    private String sex;

    @Column(nullable = false)
    private int sittings;

    @Column(nullable = false, length = 40)
    private String area;

    @Column(length = StaffRules.MAX_DISTRICT)
    private String district;

    /** The roles as stored: names separated by ';' in the enum's order. */
    @Column(nullable = false, length = 100)
    private String roles;

    @Column(unique = true, length = 100)
    private String account;

    @ElementCollection
    @CollectionTable(name = "staff_relative", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "digest", nullable = false, length = 64)
    @SortNatural
    @org.hibernate.annotations.BatchSize(size = 500)
    private SortedSet<String> relatives = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "staff_availability", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "available", nullable = false, length = 13)
    @SortNatural
    @org.hibernate.annotations.BatchSize(size = 500)
    private SortedSet<String> availability = new TreeSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected StaffMember() {
    }

    StaffMember(StaffData data, String by, Instant at) {
        this.idNumber = IdNumbers.normalize(data.idNumber());
        set(data, true, by, at);
    }

    /**
     * New particulars (the identity number stays); checked by {@link StaffRules#check} first. With
     * {@code replaceRelatives} false the stored relatives stay as they are.
     */
    void set(StaffData d, boolean replaceRelatives, String by, Instant at) {
        if (!IdNumbers.normalize(d.idNumber()).equals(idNumber)) {
            throw new IllegalArgumentException("a staff member keeps the identity number");
        }
        this.name = d.name().strip();
        this.employer = d.employer().strip();
        this.sex = String.valueOf(IdNumbers.sex(idNumber));
        this.sittings = d.sittings();
        this.area = d.area();
        this.district = d.district() == null || d.district().isBlank() ? null : d.district().strip();
        this.roles = EnumSet.copyOf(d.roles()).stream().map(Enum::name).collect(Collectors.joining(";"));
        this.account = d.account();
        if (replaceRelatives) {
            relatives.clear();
            d.relatives().forEach(r -> relatives.add(StaffIds.digest(r)));
        }
        availability.clear();
        availability.addAll(d.availability());
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    void linkAccount(String username, String by, Instant at) {
        this.account = username;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The particulars as data (relatives left out: only their digests are kept). */
    public StaffData data() {
        return new StaffData(idNumber, name, employer, sex.charAt(0), sittings, area, district, getRoles(), List.of(),
                List.copyOf(availability), account);
    }

    /** Whether the stored particulars equal these (relatives compared by digest). */
    boolean same(StaffData d) {
        return data().equals(new StaffData(IdNumbers.normalize(d.idNumber()), d.name().strip(), d.employer().strip(),
                sex.charAt(0), d.sittings(), d.area(), d.district() == null || d.district().isBlank() ? null
                : d.district().strip(), d.roles(), List.of(), d.availability().stream().sorted().distinct().toList(),
                d.account()))
                && relatives.equals(d.relatives().stream().map(StaffIds::digest)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    public Set<StaffRole> getRoles() {
        Set<StaffRole> out = EnumSet.noneOf(StaffRole.class);
        Arrays.stream(roles.split(";")).filter(s -> !s.isEmpty()).forEach(s -> out.add(StaffRole.valueOf(s)));
        return out;
    }

    /** The employer as recusal compares it: trimmed and lower case, like the candidates' (registration.Sitters). */
    public String employerKey() {
        return employer.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public Long getId() { return id; }
    public String getIdNumber() { return idNumber; }
    public String getMaskedIdNumber() { return IdNumbers.mask(idNumber); }
    public String getName() { return name; }
    public String getEmployer() { return employer; }
    public char getSex() { return sex.charAt(0); }
    public int getSittings() { return sittings; }
    public String getArea() { return area; }
    public String getDistrict() { return district; }
    public String getAccount() { return account; }
    public int getRelativeCount() { return relatives.size(); }
    public Set<String> getRelativeDigests() { return Collections.unmodifiableSet(relatives); }
    public SortedSet<String> getAvailability() { return Collections.unmodifiableSortedSet(availability); }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
