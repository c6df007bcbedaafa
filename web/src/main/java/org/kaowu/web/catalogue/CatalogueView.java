package org.kaowu.web.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.catalogue.CatalogueCheck;
import org.kaowu.catalogue.CatalogueEditions;
import org.kaowu.catalogue.CatalogueSnapshot;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The catalogue in force, filterable and sortable, and a check box: "may this be examined?" */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogueEditions editions;

    @EJB
    private CatalogueCheck check;

    private LocalDate date;
    private CatalogueSnapshot.EditionInfo edition;
    /** Mutable: the table sorts its value in place (an immutable list ended on the error page). */
    private List<CatalogueRow> rows = new ArrayList<>();
    private List<CatalogueRow> filteredRows;

    private String checkName;
    private String checkLevel;
    private String checkSubItem;
    private String checkResult;
    private List<String> suggestions = List.of();

    @PostConstruct
    void init() {
        date = clock.today();
        load();
    }

    public void load() {
        try {
            CatalogueSnapshot snapshot = editions.snapshotOn(date == null ? clock.today() : date);
            edition = snapshot.edition();
            rows = snapshot.entries().stream().map(CatalogueRow::new).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        } catch (DomainException e) {
            edition = null;
            rows = new ArrayList<>();
            FacesFeedback.refused(e, Map.of("date", "catalogue-form:date"));
        }
        filteredRows = null;
    }

    public void check() {
        checkResult = null;
        suggestions = List.of();
        try {
            CatalogueSnapshot.Match m = check.check(checkName, checkSubItem, checkLevel, date);
            String name = m.entry().nameZh() + (m.subItem() == null ? "" : "（" + m.subItem() + "）")
                    + (m.level() == null ? "" : " " + m.level());
            checkResult = FacesFeedback.text("catalogue.check.ok", name, m.entry().code(), m.edition().title(FacesFeedback.locale()));
        } catch (DomainException e) {
            Object s = e.extensions().get("suggestions");
            if (s instanceof List<?> list) {
                suggestions = list.stream().map(String::valueOf).toList();
            }
            FacesFeedback.refused(e, Map.of("name", "check-form:check-name", "level", "check-form:check-level",
                    "subItem", "check-form:check-sub-item", "date", "catalogue-form:date"));
        }
    }

    public void useSuggestion(String name) {
        checkName = name;
        check();
    }

    public String editionTitle() {
        return edition == null ? "" : edition.title(FacesFeedback.locale());
    }

    public CatalogueSnapshot.EditionInfo getEdition() { return edition; }
    public List<CatalogueRow> getRows() { return rows; }
    public List<CatalogueRow> getFilteredRows() { return filteredRows; }
    public void setFilteredRows(List<CatalogueRow> filteredRows) { this.filteredRows = filteredRows; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getCheckName() { return checkName; }
    public void setCheckName(String checkName) { this.checkName = checkName; }
    public String getCheckLevel() { return checkLevel; }
    public void setCheckLevel(String checkLevel) { this.checkLevel = checkLevel; }
    public String getCheckSubItem() { return checkSubItem; }
    public void setCheckSubItem(String checkSubItem) { this.checkSubItem = checkSubItem; }
    public String getCheckResult() { return checkResult; }
    public List<String> getSuggestions() { return suggestions; }
}
