package org.kaowu.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.CandidateProfiles;
import org.kaowu.registration.EducationLevel;
import org.kaowu.registration.Eligibility;
import org.kaowu.registration.FieldProblem;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.IdType;
import org.kaowu.registration.ProfileData;
import org.kaowu.registration.WorkPeriod;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The candidate's own profile: identity, contact, education, work history and the ID photo. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CandidateProfiles profiles;

    @Inject
    private CurrentAccount account;

    @Inject
    private AuthorityClock clock;

    private String realName;
    private IdType idType = IdType.RESIDENT_ID;
    private String idNumber;
    private LocalDate birthDate;
    private String sex;
    private String mobile;
    private String email;
    private EducationLevel education;
    private String school;
    private String major;
    private LocalDate graduationDate;
    private String educationCertificate;
    /** "true" full-time, "false" not, "" not stated. */
    private String fullTime = "true";
    private boolean needsAccessibleRoom;
    private List<WorkRow> work = new ArrayList<>();
    private String identityStatus;
    private boolean hasPhoto;
    private long photoVersion;
    private transient UploadedFile photo;

    /** A job row of the form. */
    public static class WorkRow implements Serializable {
        private String employer;
        private LocalDate from;
        private LocalDate to;
        private String field;

        public String getEmployer() { return employer; }
        public void setEmployer(String employer) { this.employer = employer; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
        public String getField() { return field; }
        public void setField(String field) { this.field = field; }
    }

    @PostConstruct
    void init() {
        profiles.find(account.id()).ifPresentOrElse(p -> {
            ProfileData d = p.data();
            realName = d.realName();
            idType = d.idType();
            idNumber = d.idNumber();
            birthDate = d.birthDate();
            sex = d.sex() == null ? null : d.sex().toString();
            mobile = d.mobile();
            email = d.email();
            education = d.education();
            school = d.school();
            major = d.major();
            graduationDate = d.graduationDate();
            educationCertificate = d.educationCertificate();
            fullTime = d.fullTime() == null ? "" : d.fullTime().toString();
            needsAccessibleRoom = d.needsAccessibleRoom();
            for (WorkPeriod w : d.work()) {
                WorkRow r = new WorkRow();
                r.employer = w.employer();
                r.from = w.from();
                r.to = w.to();
                r.field = w.field();
                work.add(r);
            }
            identityStatus = p.getIdentityStatus().name();
        }, () -> work.add(new WorkRow()));
        hasPhoto = profiles.hasPhoto(account.id());
    }

    /**
     * The identity number or its type changed: for a mainland resident identity number with all 18 characters, the
     * birth date and sex it holds are shown at once (a corrected number replaces those of the old one), and a number
     * whose check digit or date is wrong is said so beside it.
     */
    public void idNumberChanged() {
        if (idType != IdType.RESIDENT_ID) {
            return;
        }
        String number = IdNumbers.normalize(idNumber);
        if (number == null || number.length() != 18) {
            return;
        }
        java.util.Optional<IdNumbers.Problem> problem = IdNumbers.check(IdType.RESIDENT_ID, number, clock.today());
        if (problem.isPresent()) {
            FacesFeedback.error("profile-form:idNumber", FacesFeedback.core(problem.get().key));
            return;
        }
        birthDate = IdNumbers.birthDate(number);
        sex = String.valueOf(IdNumbers.sex(number));
    }

    public void addWork() {
        work.add(new WorkRow());
    }

    public void removeWork(int index) {
        if (index >= 0 && index < work.size()) {
            work.remove(index);
        }
    }

    public void save() {
        List<WorkPeriod> jobs = work.stream().filter(w -> w.employer != null || w.from != null || w.field != null)
                .map(w -> new WorkPeriod(w.employer, w.from, w.to, w.field)).toList();
        ProfileData data = new ProfileData(realName, idType, idNumber, birthDate,
                sex == null || sex.isBlank() ? null : sex.charAt(0), mobile, email, education, school, major, graduationDate,
                educationCertificate, jobs, fullTime == null || fullTime.isBlank() ? null : Boolean.valueOf(fullTime),
                needsAccessibleRoom);
        try {
            CandidateProfiles.Saved saved = profiles.save(account.id(), data, account.name());
            identityStatus = saved.profile().getIdentityStatus().name();
            birthDate = saved.profile().getBirthDate();
            sex = saved.profile().getSex();
            if (saved.disputed()) {
                FacesFeedback.warn(FacesFeedback.core("profile.disputed"));
            } else {
                FacesFeedback.info(FacesFeedback.text("profile.saved"), "");
            }
        } catch (DomainException e) {
            if (e.extensions().get("problems") instanceof List<?> list) {
                Map<String, String> ids = fieldIds();
                for (Object o : list) {
                    FieldProblem p = (FieldProblem) o;
                    String id = ids.get(p.field());
                    if (id == null && p.field().startsWith("work[")) {
                        id = "profile-form:work:" + p.field().substring(5, p.field().indexOf(']')) + ":w-from";
                    }
                    FacesFeedback.error(id, FacesFeedback.core(p.key(), p.args().toArray()));
                }
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            } else {
                FacesFeedback.refused(e, fieldIds());
            }
        }
    }

    private static Map<String, String> fieldIds() {
        Map<String, String> m = new HashMap<>();
        for (String f : List.of("realName", "idType", "idNumber", "birthDate", "sex", "mobile", "email", "education",
                "school", "major", "graduationDate", "educationCertificate")) {
            m.put(f, "profile-form:" + f);
        }
        return m;
    }

    public void uploadPhoto() {
        if (photo == null || photo.getSize() == 0) {
            FacesFeedback.error("photo-form:photo", FacesFeedback.core("profile.photo.empty"));
            return;
        }
        if (photo.getSize() > org.kaowu.registration.PhotoRules.MAX_BYTES) {
            // Told before the file is read into memory.
            FacesFeedback.error("photo-form:photo", FacesFeedback.core("profile.photo.tooLarge",
                    org.kaowu.registration.PhotoRules.MAX_BYTES / 1024, photo.getSize() / 1024));
            return;
        }
        try {
            profiles.savePhoto(account.id(), photo.getContent(), account.name());
            hasPhoto = true;
            photoVersion = System.nanoTime();
            FacesFeedback.info(FacesFeedback.text("profile.photoSaved"), "");
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("photo", "photo-form:photo"));
        }
    }

    public IdType[] getIdTypes() { return IdType.values(); }
    public EducationLevel[] getEducationLevels() { return EducationLevel.values(); }

    public String educationLabel(EducationLevel e) {
        return Eligibility.education(e, FacesFeedback.locale());
    }

    public String getRealName() { return realName; }
    public void setRealName(String realName) { this.realName = realName; }
    public IdType getIdType() { return idType; }
    public void setIdType(IdType idType) { this.idType = idType; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public EducationLevel getEducation() { return education; }
    public void setEducation(EducationLevel education) { this.education = education; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getMajor() { return major; }
    public void setMajor(String major) { this.major = major; }
    public LocalDate getGraduationDate() { return graduationDate; }
    public void setGraduationDate(LocalDate graduationDate) { this.graduationDate = graduationDate; }
    public String getEducationCertificate() { return educationCertificate; }
    public void setEducationCertificate(String educationCertificate) { this.educationCertificate = educationCertificate; }
    public String getFullTime() { return fullTime; }
    public boolean isNeedsAccessibleRoom() { return needsAccessibleRoom; }
    public void setNeedsAccessibleRoom(boolean needsAccessibleRoom) { this.needsAccessibleRoom = needsAccessibleRoom; }
    public void setFullTime(String fullTime) { this.fullTime = fullTime; }
    public List<WorkRow> getWork() { return work; }
    public String getIdentityStatus() { return identityStatus; }
    public boolean isHasPhoto() { return hasPhoto; }
    public long getPhotoVersion() { return photoVersion; }
    public UploadedFile getPhoto() { return photo; }
    public void setPhoto(UploadedFile photo) { this.photo = photo; }
    public boolean isComplete() { return identityStatus != null && hasPhoto; }
}
