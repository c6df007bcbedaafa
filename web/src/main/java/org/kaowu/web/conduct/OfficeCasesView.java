package org.kaowu.web.conduct;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.conduct.CaseStatus;
import org.kaowu.conduct.Cases;
import org.kaowu.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/**
 * The office's misconduct cases (office/cases): filtered by status, article and area, a page at a time from the
 * database, numbers masked; each opens the case page.
 */
@Named
@ViewScoped
public class OfficeCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Cases cases;

    private String status;
    private Integer article;
    private String area;
    private Cases.Filter filter = Cases.Filter.none();
    private final LazyDataModel<Item> rows = new PagedModel<>(page -> cases.search(filter, page).map(Item::of), Item::id);

    /** A case as the list shows it. */
    public record Item(long id, String number, String party, String status, String ruleCode, int article, String exam,
                       int year, String area, String name, String idNumber, String createdAt, String deadline,
                       boolean provincial) implements Serializable {
        static Item of(Cases.Row r) {
            return new Item(r.id(), r.number(), r.party().name(), r.status().name(), r.ruleCode(), r.article(), r.exam(),
                    r.year(), r.area(), r.name(), r.maskedIdNumber(), CaseFormat.moment(r.createdAt()),
                    CaseFormat.moment(r.defenceDeadline()), r.provincial());
        }
        public long getId() { return id; }
        public String getNumber() { return number; }
        public String getParty() { return party; }
        public String getStatus() { return status; }
        public String getRuleCode() { return ruleCode; }
        public int getArticle() { return article; }
        public String getExam() { return exam; }
        public int getYear() { return year; }
        public String getArea() { return area; }
        public String getName() { return name; }
        public String getIdNumber() { return idNumber; }
        public String getCreatedAt() { return createdAt; }
        public String getDeadline() { return deadline; }
        public boolean isProvincial() { return provincial; }
    }

    public void search() {
        filter = new Cases.Filter(status == null || status.isBlank() ? null : CaseStatus.valueOf(status), article, null,
                area == null || area.isBlank() ? null : area.trim());
    }

    public void clear() {
        status = null;
        article = null;
        area = null;
        filter = Cases.Filter.none();
    }

    public List<String> getStatuses() {
        return List.of(CaseStatus.values()).stream().map(Enum::name).toList();
    }

    public List<Integer> getArticles() {
        return List.of(6, 7, 8, 9, 10, 11, 13, 14);
    }

    public LazyDataModel<Item> getRows() { return rows; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Integer getArticle() { return article; }
    public void setArticle(Integer article) { this.article = article; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
}
