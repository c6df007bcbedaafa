package org.kaowu.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.registration.Areas;
import org.kaowu.scheduling.ExamRoom;
import org.kaowu.scheduling.ExamSite;
import org.kaowu.scheduling.RoomKind;
import org.kaowu.scheduling.SeatLayout;
import org.kaowu.scheduling.SeatPattern;
import org.kaowu.scheduling.SiteRow;
import org.kaowu.scheduling.VenueData;
import org.kaowu.scheduling.VenueFile;
import org.kaowu.scheduling.VenuePreview;
import org.kaowu.scheduling.VenueProblem;
import org.kaowu.scheduling.VenueRules;
import org.kaowu.scheduling.Venues;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The office's venues (office/venues): import a venues file (preview, then confirm), the sites of an area a page at a
 * time, a site's rooms, a room corrected in a dialog that shows the seat numbers its pattern gives, deletions.
 */
@Named
@ViewScoped
public class VenuesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form fields by the core's field names (the venues file's columns). */
    private static final Map<String, String> ROOM_FIELDS = Map.of("floor", "room-form:floor", "kind", "room-form:kind",
            "capacity", "room-form:capacity", "rows", "room-form:rows", "columns", "room-form:columns",
            "pattern", "room-form:pattern", "first_machine", "room-form:firstMachine", "days", "room-form:days");

    @EJB
    private Venues venues;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private VenuePreview preview;
    private List<String> importProblems = List.of();

    private String area = "";
    private final LazyDataModel<SiteRow> sites = new PagedModel<>(page -> venues.sites(area, page), SiteRow::id);

    private Long siteId;
    private ExamSite site;

    private Long roomId;
    private String roomNumber;
    private Integer floor;
    private RoomKind kind;
    private Integer capacity;
    private Integer rows;
    private Integer columns;
    private SeatPattern pattern;
    private boolean accessible;
    private boolean spare;
    private Integer firstMachine;
    private String days;
    private boolean showColumns;

    public List<String> getAreas() {
        return Areas.ALL;
    }

    public void filter() {
        site = null;
        siteId = null;
    }

    // Import

    public void preview() {
        if (file != null && file.getSize() > 0) {
            content = file.getContent();
            fileName = file.getFileName();
        }
        if (content == null) {
            FacesFeedback.error("import-form:file", FacesFeedback.text("venues.noFile"));
            return;
        }
        preview = venues.preview(content);
        importProblems = describe(preview.problems());
        if (!preview.ok()) {
            FacesFeedback.error("import-form:file", FacesFeedback.core("venue.invalid", preview.problems().size()));
        }
    }

    public void confirm() {
        if (preview == null || !preview.ok() || content == null) {
            FacesFeedback.error("import-form:file", FacesFeedback.text("import.previewFirst"));
            return;
        }
        try {
            VenuePreview done = venues.importFile(content, actor());
            FacesFeedback.info(FacesFeedback.text("venues.imported", done.newSites(), done.changedSites(),
                    done.unchangedSites()), fileName);
            preview = null;
            content = null;
            fileName = null;
            importProblems = List.of();
        } catch (DomainException e) {
            refused(e, "import-form:file");
        }
    }

    /** "新增2个考点、更新1个、未变0个，共7个考场" / "2 new sites, 1 changed, 0 unchanged; 7 rooms". */
    public String getPreviewCounts() {
        return preview == null ? "" : FacesFeedback.text("venues.preview.counts", preview.newSites(),
                preview.changedSites(), preview.unchangedSites(), preview.rooms());
    }

    public String change(VenuePreview.SiteChange c) {
        return FacesFeedback.text("venues.change." + c.change().name());
    }

    // Sites

    public void open(long id) {
        try {
            site = venues.site(id);
            siteId = id;
        } catch (DomainException e) {
            site = null;
            siteId = null;
            FacesFeedback.refused(e, Map.of());
        }
    }

    public void deleteSite() {
        if (siteId == null) {
            return;
        }
        try {
            String code = site.getCode();
            venues.deleteSite(siteId, actor());
            site = null;
            siteId = null;
            FacesFeedback.info(FacesFeedback.text("venues.site.deleted", code), "");
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    public void deleteRoom(long id) {
        try {
            ExamRoom room = venues.room(id);
            venues.deleteRoom(id, actor());
            FacesFeedback.info(FacesFeedback.text("venues.room.deleted", room.getNumber()), "");
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
        if (siteId != null) {
            open(siteId);
        }
    }

    // Room dialog

    public void edit(long id) {
        try {
            ExamRoom r = venues.room(id);
            roomId = id;
            roomNumber = r.getNumber();
            floor = r.getFloor();
            kind = r.getKind();
            capacity = r.getCapacity();
            rows = r.getRows();
            columns = r.getColumns();
            pattern = r.getPattern();
            accessible = r.isAccessible();
            spare = r.isSpare();
            firstMachine = r.getFirstMachine();
            days = String.join(";", r.getDays().stream().map(LocalDate::toString).toList());
            PrimeFaces.current().executeScript("PF('roomDialog').show()");
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
    }

    public void saveRoom() {
        if (roomId == null) {
            return;
        }
        List<LocalDate> dayList = new ArrayList<>();
        for (String part : (days == null ? "" : days).split("[;；,，\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                dayList.add(LocalDate.parse(part.strip()));
            } catch (DateTimeParseException e) {
                FacesFeedback.error("room-form:days", FacesFeedback.core("venue.day.bad",
                        part.length() > 40 ? part.substring(0, 40) + "…" : part));
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        VenueData.Room data = new VenueData.Room(roomNumber, floor == null ? 0 : floor, kind,
                capacity == null ? 0 : capacity, rows == null ? 0 : rows, columns == null ? 0 : columns, pattern,
                accessible, spare, kind == RoomKind.COMPUTER ? firstMachine : null, dayList);
        try {
            venues.editRoom(roomId, data, actor());
            FacesFeedback.info(FacesFeedback.text("venues.room.saved", roomNumber), "");
            PrimeFaces.current().executeScript("PF('roomDialog').hide()");
            roomId = null;
            if (siteId != null) {
                open(siteId);
            }
        } catch (DomainException e) {
            Object problems = e.extensions().get("problems");
            boolean placed = false;
            if (problems instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof VenueProblem p && p.field() != null && ROOM_FIELDS.containsKey(p.field())) {
                        FacesFeedback.error(ROOM_FIELDS.get(p.field()), FacesFeedback.core(p.key(), p.args().toArray()));
                        placed = true;
                    } else if (o instanceof VenueProblem p) {
                        FacesFeedback.error(null, p.describe(FacesFeedback.locale()));
                        placed = true;
                    }
                }
            }
            if (!placed) {
                FacesFeedback.refused(e, ROOM_FIELDS);
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * The seat grid the dialog's values give, front row first: each cell its seat number (with the machine number
     * for a computer room), or empty when the cell is not used; empty when the values make no valid grid.
     */
    public List<List<String>> getSeatGrid() {
        if (rows == null || columns == null || capacity == null || pattern == null || rows < 1 || columns < 1
                || rows > VenueRules.MAX_SIDE || columns > VenueRules.MAX_SIDE || rows * columns > VenueRules.MAX_CELLS
                || capacity < 1 || capacity > rows * columns) {
            return List.of();
        }
        SeatLayout layout = new SeatLayout(rows, columns, pattern, capacity);
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                line.add(layout.used(r, c) ? String.valueOf(layout.seatNumber(r, c)) : "");
            }
            grid.add(line);
        }
        return grid;
    }

    public String patternLabel(SeatPattern p) {
        return p == null ? "" : FacesFeedback.text("venues.pattern." + p.name());
    }

    public String kindLabel(RoomKind k) {
        return k == null ? "" : FacesFeedback.text("venues.kind." + k.name());
    }

    public String yesNo(boolean b) {
        return FacesFeedback.text(b ? "venues.yes" : "venues.no");
    }

    public String days(ExamRoom r) {
        return r.getDays().isEmpty() ? FacesFeedback.text("venues.everyDay")
                : String.join(" ", r.getDays().stream().map(LocalDate::toString).toList());
    }

    public String siteKinds(boolean paper, boolean computer) {
        List<String> out = new ArrayList<>();
        if (paper) {
            out.add(kindLabel(RoomKind.PAPER));
        }
        if (computer) {
            out.add(kindLabel(RoomKind.COMPUTER));
        }
        return String.join(FacesFeedback.text("venues.separator"), out);
    }

    public void toggleColumns() {
        showColumns = !showColumns;
    }

    public boolean isShowColumns() {
        return showColumns;
    }

    public List<String> getColumns() {
        return VenueFile.COLUMNS;
    }

    public boolean required(String column) {
        return VenueFile.REQUIRED.contains(column);
    }

    public RoomKind[] getKinds() {
        return RoomKind.values();
    }

    public SeatPattern[] getPatterns() {
        return SeatPattern.values();
    }

    private void refused(DomainException e, String fieldId) {
        Object problems = e.extensions().get("problems");
        if (problems instanceof List<?> list) {
            importProblems = describe(list.stream().filter(VenueProblem.class::isInstance).map(VenueProblem.class::cast).toList());
            preview = null;
        }
        FacesFeedback.error(fieldId, e.message(FacesFeedback.locale()));
    }

    private static List<String> describe(List<VenueProblem> problems) {
        return problems.stream().map(p -> p.describe(FacesFeedback.locale())).toList();
    }

    private static String actor() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getFileName() { return fileName; }
    public VenuePreview getPreview() { return preview; }
    public List<String> getImportProblems() { return importProblems; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area == null ? "" : area; }
    public LazyDataModel<SiteRow> getSites() { return sites; }
    public ExamSite getSite() { return site; }
    public Long getRoomId() { return roomId; }
    public String getRoomNumber() { return roomNumber; }
    public Integer getFloor() { return floor; }
    public void setFloor(Integer floor) { this.floor = floor; }
    public RoomKind getKind() { return kind; }
    public void setKind(RoomKind kind) { this.kind = kind; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Integer getRows() { return rows; }
    public void setRows(Integer rows) { this.rows = rows; }
    public Integer getGridColumns() { return columns; }
    public void setGridColumns(Integer columns) { this.columns = columns; }
    public SeatPattern getPattern() { return pattern; }
    public void setPattern(SeatPattern pattern) { this.pattern = pattern; }
    public boolean isAccessible() { return accessible; }
    public void setAccessible(boolean accessible) { this.accessible = accessible; }
    public boolean isSpare() { return spare; }
    public void setSpare(boolean spare) { this.spare = spare; }
    public Integer getFirstMachine() { return firstMachine; }
    public void setFirstMachine(Integer firstMachine) { this.firstMachine = firstMachine; }
    public String getDays() { return days; }
    public void setDays(String days) { this.days = days; }
}
