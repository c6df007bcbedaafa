package org.kaowu.web.conduct;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.conduct.IntegrityArchive;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** public/integrity: the records the office published, still in force; names and ID numbers masked. */
@Named
@ViewScoped
public class PublicIntegrityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IntegrityArchive archive;

    private final LazyDataModel<IntegrityArchive.PublicRow> records = new PagedModel<>(page -> archive.published(page),
            r -> r.idNumber() + r.ruleCode() + r.validFrom());

    public LazyDataModel<IntegrityArchive.PublicRow> getRecords() { return records; }

    public String period(IntegrityArchive.PublicRow r) {
        String from = r.validFrom().toString();
        return from + " – " + (r.longTerm() ? FacesFeedback.text("integrityArchive.longTerm") : r.validUntil().toString());
    }

    public String article(IntegrityArchive.PublicRow r) {
        return r.article() == null ? "" : FacesFeedback.text("integrityArchive.articleN", r.article());
    }
}
