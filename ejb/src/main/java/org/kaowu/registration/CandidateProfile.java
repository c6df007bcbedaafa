package org.kaowu.registration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A candidate's own data, one per candidate account. Personal data: shown to the candidate and, when needed, the office. */
@Entity
@Table(name = "candidate_profile")
@NamedQuery(name = "CandidateProfile.findByAccounts",
        query = "select p from CandidateProfile p where p.accountId in :accounts order by p.accountId")
@NamedQuery(name = "CandidateProfile.findOthersByIdNumber",
        query = "select p from CandidateProfile p where p.idNumber = :number and p.accountId <> :account")
public class CandidateProfile {

    /**
     * CLAIMED: nobody else claims the number; DISPUTED: another account does, the office decides; CONFIRMED: the
     * office decided it is this account's; REJECTED: the office decided it is not (a new number starts afresh).
     */
    public enum IdentityStatus { CLAIMED, DISPUTED, CONFIRMED, REJECTED }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "real_name", nullable = false, length = 50)
    private String realName;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false, length = 20)
    private IdType idType;

    @Column(name = "id_number", nullable = false, length = 30)
    private String idNumber;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false, length = 1)
    private String sex;

    @Column(length = 20)
    private String mobile;

    @Column(length = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", nullable = false, length = 20)
    private EducationLevel educationLevel;

    @Column(nullable = false, length = 100)
    private String school;

    @Column(nullable = false, length = 100)
    private String major;

    @Column(name = "graduation_date", nullable = false)
    private LocalDate graduationDate;

    @Column(name = "education_certificate", length = 50)
    private String educationCertificate;

    /** Whether the highest education was full-time study (全日制); null when the candidate has not said. */
    @Column(name = "education_full_time")
    private Boolean educationFullTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_status", nullable = false, length = 20)
    private IdentityStatus identityStatus;

    /** The candidate needs an accessible room (无障碍考场) to sit an exam (V21). */
    @Column(name = "needs_accessible_room", nullable = false)
    private boolean needsAccessibleRoom;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "profile_work", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    private List<Work> work = new ArrayList<>();

    @Embeddable
    public static class Work {
        @Column(nullable = false, length = 100)
        private String employer;
        @Column(name = "from_date", nullable = false)
        private LocalDate from;
        @Column(name = "to_date")
        private LocalDate to;
        @Column(nullable = false, length = 100)
        private String field;

        protected Work() {
        }

        Work(WorkPeriod p) {
            employer = p.employer();
            from = p.from();
            to = p.to();
            field = p.field();
        }

        WorkPeriod period() {
            return new WorkPeriod(employer, from, to, field);
        }
    }

    protected CandidateProfile() {
    }

    CandidateProfile(long accountId) {
        this.accountId = accountId;
        this.identityStatus = IdentityStatus.CLAIMED;
    }

    /** Takes the checked data; the identity status is the caller's to set. */
    void update(ProfileData d, LocalDate birth, char sexCode, Instant now) {
        realName = d.realName();
        idType = d.idType();
        idNumber = d.idNumber();
        birthDate = birth;
        sex = String.valueOf(sexCode);
        mobile = d.mobile();
        email = d.email();
        educationLevel = d.education();
        school = d.school();
        major = d.major();
        graduationDate = d.graduationDate();
        educationCertificate = d.educationCertificate();
        educationFullTime = d.fullTime();
        needsAccessibleRoom = d.needsAccessibleRoom();
        work.clear();
        d.work().forEach(p -> work.add(new Work(p)));
        updatedAt = now;
    }

    void identity(IdentityStatus status) {
        identityStatus = status;
    }

    public List<WorkPeriod> workPeriods() {
        return work.stream().map(Work::period).toList();
    }

    public ProfileData data() {
        return new ProfileData(realName, idType, idNumber, birthDate, sex == null ? null : sex.charAt(0), mobile, email,
                educationLevel, school, major, graduationDate, educationCertificate, workPeriods(), educationFullTime,
                needsAccessibleRoom);
    }

    public Long getAccountId() { return accountId; }
    public String getRealName() { return realName; }
    public IdType getIdType() { return idType; }
    public String getIdNumber() { return idNumber; }
    public String getMaskedIdNumber() { return IdNumbers.mask(idNumber); }
    public LocalDate getBirthDate() { return birthDate; }
    public String getSex() { return sex; }
    public String getMobile() { return mobile; }
    public String getEmail() { return email; }
    public EducationLevel getEducationLevel() { return educationLevel; }
    public String getSchool() { return school; }
    public String getMajor() { return major; }
    public LocalDate getGraduationDate() { return graduationDate; }
    public String getEducationCertificate() { return educationCertificate; }
    public Boolean getEducationFullTime() { return educationFullTime; }
    public IdentityStatus getIdentityStatus() { return identityStatus; }
    public boolean isNeedsAccessibleRoom() { return needsAccessibleRoom; }
    public Instant getUpdatedAt() { return updatedAt; }
}
