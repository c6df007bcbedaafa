package org.kaowu.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.catalogue.CatalogueEditions;
import org.kaowu.catalogue.CatalogueSnapshot;
import org.kaowu.catalogue.EditionDiff;
import org.kaowu.catalogue.EditionImport;
import org.kaowu.catalogue.ImportPreview;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Importing a corrected or later edition: upload, preview (every problem, or the differences), then confirm.
 * What is confirmed is exactly the file that was previewed.
 */
@Named
@ViewScoped
public class CatalogueImportView implements Serializable {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("code", "import-form:code",
            "titleZh", "import-form:title-zh", "effectiveFrom", "import-form:effective-from");

    @EJB
    private CatalogueEditions editions;

    private List<CatalogueSnapshot.EditionInfo> all;
    private CatalogueSnapshot.EditionInfo inForce;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private String code;
    private String titleZh;
    private String titleEn;
    private LocalDate effectiveFrom;
    private String reason;
    private ImportPreview preview;

    public record ProblemRow(int line, String column, String message) implements Serializable {
        public int getLine() { return line; }
        public String getColumn() { return column; }
        public String getMessage() { return message; }
    }

    @PostConstruct
    void init() {
        all = editions.all();
        inForce = editions.inForce(clock.today()).orElse(null);
        effectiveFrom = clock.today();
    }

    public void preview() {
        if (file != null && file.getSize() > 0) {
            content = file.getContent();
            fileName = file.getFileName();
        }
        if (content == null) {
            FacesFeedback.error("import-form:file", FacesFeedback.text("import.noFile"));
            preview = null;
            return;
        }
        preview = editions.preview(request());
    }

    public void confirm() {
        if (preview == null || !preview.ok()) {
            FacesFeedback.error(null, FacesFeedback.text("import.previewFirst"));
            return;
        }
        try {
            String actor = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
            CatalogueSnapshot.EditionInfo stored = editions.importEdition(request(), actor, reason);
            FacesFeedback.info(FacesFeedback.text("import.done", stored.code(), stored.effectiveFrom()), fileName);
            preview = null;
            content = null;
            all = editions.all();
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
    }

    private EditionImport request() {
        return new EditionImport(code, titleZh, titleEn, effectiveFrom, fileName, content, reason);
    }

    public List<ProblemRow> getProblems() {
        if (preview == null) {
            return List.of();
        }
        return preview.problems().stream().map(p -> new ProblemRow(p.line(), p.column() == null ? "" : p.column(),
                FacesFeedback.core(p.key(), p.args().toArray()))).toList();
    }

    public EditionDiff getDiff() {
        return preview == null ? null : preview.diff();
    }

    /** "empty" is a reserved word in EL, so the page asks this instead of {@code diff.empty()}. */
    public boolean isDiffEmpty() {
        return getDiff() == null || getDiff().empty();
    }

    public List<DiffRow> getDiffRows() {
        EditionDiff d = getDiff();
        if (d == null) {
            return List.of();
        }
        java.util.ArrayList<DiffRow> rows = new java.util.ArrayList<>();
        d.added().forEach(e -> rows.add(new DiffRow("added", e.code(), e.nameZh(), "")));
        d.removed().forEach(e -> rows.add(new DiffRow("removed", e.code(), e.nameZh(), "")));
        d.changed().forEach(c -> rows.add(new DiffRow("changed", c.code(), c.nameZh(), c.describe())));
        return rows;
    }

    public record DiffRow(String kind, String code, String name, String details) implements Serializable {
        public String getKind() { return kind; }
        public String getCode() { return code; }
        public String getName() { return name; }
        public String getDetails() { return details; }
    }

    public List<CatalogueSnapshot.EditionInfo> getAll() { return all; }
    public CatalogueSnapshot.EditionInfo getInForce() { return inForce; }
    public ImportPreview getPreview() { return preview; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getFileName() { return fileName; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
