package org.kaowu.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.registration.Areas;
import org.kaowu.scheduling.roster.StaffRole;
import org.kaowu.scheduling.staff.StaffData;
import org.kaowu.scheduling.staff.StaffFile;
import org.kaowu.scheduling.staff.StaffMember;
import org.kaowu.scheduling.staff.StaffPool;
import org.kaowu.scheduling.staff.StaffPreview;
import org.kaowu.scheduling.staff.StaffProblem;
import org.kaowu.scheduling.staff.StaffRow;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The office's staff pool (office/staff): import a staff file (preview, then confirm), the pool a page at a time
 * (identity numbers masked, relatives only counted), a person corrected in a dialog, deleted, or given a sign-in
 * account whose temporary password is shown once.
 */
@Named
@ViewScoped
public class StaffPoolView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("name", "staff-form:name", "employer", "staff-form:employer",
            "sittings", "staff-form:sittings", "area", "staff-form:area", "district", "staff-form:district",
            "roles", "staff-form:roles", "availability", "staff-form:availability", "account", "staff-form:account",
            "relatives", "staff-form:relatives", "sex", "staff-form:name");

    @EJB
    private StaffPool pool;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private StaffPreview preview;
    private List<String> importProblems = List.of();
    private boolean showColumns;

    private String area = "";
    private String query = "";
    private final LazyDataModel<StaffRow> staff = new PagedModel<>(page -> pool.list(area, query, page), StaffRow::id);

    private Long staffId;
    private String maskedIdNumber;
    private String name;
    private String employer;
    private Integer sittings;
    private String staffArea;
    private String district;
    private List<String> roles = new ArrayList<>();
    private String availability;
    private String account;
    private int relativeCount;
    private boolean replaceRelatives;
    private String relatives;

    private String username;
    private String newAccount;
    private String temporaryPassword;

    public List<String> getAreas() {
        return Areas.ALL;
    }

    public void filter() {
        // the lazy model reads area and query on its next load
    }

    // Import

    public void preview() {
        if (file != null && file.getSize() > 0) {
            content = file.getContent();
            fileName = file.getFileName();
        }
        if (content == null) {
            FacesFeedback.error("import-form:file", FacesFeedback.text("staff.noFile"));
            return;
        }
        preview = pool.preview(content);
        importProblems = describe(preview.problems());
        if (!preview.ok()) {
            FacesFeedback.error("import-form:file", FacesFeedback.core("staff.invalid", preview.problems().size()));
        }
    }

    public void confirm() {
        if (preview == null || !preview.ok() || content == null) {
            FacesFeedback.error("import-form:file", FacesFeedback.text("import.previewFirst"));
            return;
        }
        try {
            StaffPreview done = pool.importFile(content, actor());
            FacesFeedback.info(FacesFeedback.text("staff.imported", done.newStaff(), done.changedStaff(),
                    done.unchangedStaff()), fileName);
            preview = null;
            content = null;
            fileName = null;
            importProblems = List.of();
        } catch (DomainException e) {
            Object problems = e.extensions().get("problems");
            if (problems instanceof List<?> list) {
                importProblems = describe(list.stream().filter(StaffProblem.class::isInstance)
                        .map(StaffProblem.class::cast).toList());
                preview = null;
            }
            FacesFeedback.error("import-form:file", e.message(FacesFeedback.locale()));
        }
    }

    public String getPreviewCounts() {
        return preview == null ? "" : FacesFeedback.text("staff.preview.counts", preview.newStaff(),
                preview.changedStaff(), preview.unchangedStaff());
    }

    // Edit dialog

    public void edit(long id) {
        try {
            StaffMember m = pool.member(id);
            staffId = id;
            maskedIdNumber = m.getMaskedIdNumber();
            name = m.getName();
            employer = m.getEmployer();
            sittings = m.getSittings();
            staffArea = m.getArea();
            district = m.getDistrict();
            roles = new ArrayList<>(m.getRoles().stream().map(Enum::name).toList());
            availability = String.join(";", m.getAvailability());
            account = m.getAccount();
            relativeCount = m.getRelativeCount();
            replaceRelatives = false;
            relatives = null;
            PrimeFaces.current().executeScript("PF('staffDialog').show()");
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    public void save() {
        if (staffId == null) {
            return;
        }
        Set<StaffRole> chosen = EnumSet.noneOf(StaffRole.class);
        roles.forEach(r -> chosen.add(StaffRole.valueOf(r)));
        StaffData data = new StaffData(null, name, employer, null, sittings == null ? -1 : sittings, staffArea,
                district, chosen, replaceRelatives ? split(relatives, false) : List.of(), split(availability, true),
                account);
        try {
            pool.edit(staffId, data, replaceRelatives, actor());
            FacesFeedback.info(FacesFeedback.text("staff.saved", name), "");
            PrimeFaces.current().executeScript("PF('staffDialog').hide()");
            staffId = null;
            relatives = null;
        } catch (DomainException e) {
            place(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void delete(long id) {
        try {
            String who = pool.member(id).getName();
            pool.delete(id, actor());
            FacesFeedback.info(FacesFeedback.text("staff.deleted", who), "");
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    /** Opens the account dialog for a person without one. */
    public void askAccount(long id) {
        staffId = id;
        username = null;
        newAccount = null;
        temporaryPassword = null;
        PrimeFaces.current().executeScript("PF('accountDialog').show()");
    }

    public void createAccount() {
        if (staffId == null) {
            return;
        }
        try {
            StaffPool.NewAccount a = pool.createAccount(staffId, username, actor());
            newAccount = a.username();
            temporaryPassword = a.temporaryPassword();
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of("username", "account-form:username"));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private void place(DomainException e) {
        Object problems = e.extensions().get("problems");
        boolean placed = false;
        if (problems instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof StaffProblem p) {
                    String id = p.field() == null ? null : FIELDS.get(p.field());
                    FacesFeedback.error(id, id == null ? p.describe(FacesFeedback.locale())
                            : FacesFeedback.core(p.key(), p.args().toArray()));
                    placed = true;
                }
            }
        }
        if (!placed) {
            FacesFeedback.refused(e, FIELDS);
        }
    }

    private static List<String> split(String text, boolean upper) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[;；,，\\n]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> upper ? s.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT) : s).toList();
    }

    public String roleLabel(String role) {
        return FacesFeedback.core("rosters.role." + role);
    }

    public String roleLabels(String roles) {
        if (roles == null || roles.isEmpty()) {
            return "";
        }
        return String.join(FacesFeedback.text("venues.separator"),
                Arrays.stream(roles.split(";")).map(this::roleLabel).toList());
    }

    public String sexLabel(char sex) {
        return FacesFeedback.core("rosters.sex." + sex);
    }

    public List<String> getRoleChoices() {
        return Arrays.stream(StaffRole.values()).map(Enum::name).toList();
    }

    public List<String> getColumns() {
        return StaffFile.COLUMNS;
    }

    public boolean required(String column) {
        return StaffFile.REQUIRED.contains(column);
    }

    public void toggleColumns() {
        showColumns = !showColumns;
    }

    private static List<String> describe(List<StaffProblem> problems) {
        return problems.stream().map(p -> p.describe(FacesFeedback.locale())).toList();
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public boolean isShowColumns() { return showColumns; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getFileName() { return fileName; }
    public StaffPreview getPreview() { return preview; }
    public List<String> getImportProblems() { return importProblems; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area == null ? "" : area; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query == null ? "" : query; }
    public LazyDataModel<StaffRow> getStaff() { return staff; }
    public Long getStaffId() { return staffId; }
    public String getMaskedIdNumber() { return maskedIdNumber; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public Integer getSittings() { return sittings; }
    public void setSittings(Integer sittings) { this.sittings = sittings; }
    public String getStaffArea() { return staffArea; }
    public void setStaffArea(String staffArea) { this.staffArea = staffArea; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles); }
    public String getAvailability() { return availability; }
    public void setAvailability(String availability) { this.availability = availability; }
    public String getAccount() { return account; }
    public void setAccount(String account) { this.account = account; }
    public int getRelativeCount() { return relativeCount; }
    public boolean isReplaceRelatives() { return replaceRelatives; }
    public void setReplaceRelatives(boolean replaceRelatives) { this.replaceRelatives = replaceRelatives; }
    public String getRelatives() { return relatives; }
    public void setRelatives(String relatives) { this.relatives = relatives; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getNewAccount() { return newAccount; }
    public String getTemporaryPassword() { return temporaryPassword; }
}
