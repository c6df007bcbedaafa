package org.kaowu.web.conduct;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.conduct.IdenticalAnswers;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.LocatedProblem;
import org.kaowu.web.FacesFeedback;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/**
 * office/identical-answers: the marking centre's confirmed pairs (Art. 11) imported all or nothing, every problem
 * listed; the columns documented with sample files.
 */
@Named
@ViewScoped
public class IdenticalAnswersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IdenticalAnswers identical;

    private transient UploadedFile file;
    private List<String> problems = List.of();

    public void importFile() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            FacesFeedback.error("import-form:file", FacesFeedback.text("identicalPage.noFile"));
            return;
        }
        if (file.getSize() > IdenticalAnswers.MAX_BYTES) {
            FacesFeedback.error("import-form:file", FacesFeedback.core("identical.tooLarge", IdenticalAnswers.MAX_BYTES / 1024 / 1024));
            return;
        }
        try {
            IdenticalAnswers.Result r = identical.importFile(file.getContent(),
                    FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
            FacesFeedback.info(FacesFeedback.text("identicalPage.imported", r.imported(), r.events(), r.skipped()), "");
        } catch (DomainException e) {
            if (e.extensions().get("problems") instanceof List<?> list) {
                problems = list.stream().filter(LocatedProblem.class::isInstance).map(LocatedProblem.class::cast)
                        .map(p -> p.describe(FacesFeedback.locale())).toList();
            }
            FacesFeedback.error("import-form:file", e.message(FacesFeedback.locale()));
        }
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<String> getProblems() { return problems; }
}
