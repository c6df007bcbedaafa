package org.kaowu.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.registration.Areas;
import org.kaowu.registration.PaymentInstruction;
import org.kaowu.registration.PaymentInstructions;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exam office words how candidates pay: the national default, and an area's own text where it differs (Chinese,
 * and English for the English pages). Candidates see them on 我的报名 beside the amount and the payment reference.
 */
@Named
@ViewScoped
public class PaymentInstructionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "area", "instructions-form:area",
            "textZh", "instructions-form:textZh",
            "textEn", "instructions-form:textEn");

    @EJB
    private PaymentInstructions instructions;

    @jakarta.inject.Inject
    private org.kaowu.web.LocaleView localeView;

    private String area = PaymentInstruction.NATIONAL;
    private String textZh;
    private String textEn;
    private List<Row> rows = List.of();

    /** A stored text: its area (in words), when and by whom it was last changed. */
    public record Row(String area, String areaLabel, String updatedAt, String updatedBy, String preview) implements Serializable {
        public String getArea() { return area; }
        public String getAreaLabel() { return areaLabel; }
        public String getUpdatedAt() { return updatedAt; }
        public String getUpdatedBy() { return updatedBy; }
        public String getPreview() { return preview; }
    }

    @PostConstruct
    void init() {
        load();
        areaChanged();
    }

    private void load() {
        var locale = localeView.getLocale();
        rows = instructions.all().stream().map(p -> new Row(p.getArea(), label(p.getArea()),
                CandidateTexts.at(p.getUpdatedAt(), locale), p.getUpdatedBy(), preview(p.text(locale)))).toList();
    }

    private static String preview(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
    }

    private String label(String area) {
        return PaymentInstruction.NATIONAL.equals(area) ? CandidateTexts.text(localeView.getLocale(), "paymentInstructions.national") : area;
    }

    /** Another area chosen: its own texts (empty when it has none and shows the national default). */
    public void areaChanged() {
        Optional<PaymentInstruction> own = instructions.own(area);
        textZh = own.map(PaymentInstruction::getTextZh).orElse(null);
        textEn = own.map(PaymentInstruction::getTextEn).orElse(null);
    }

    public void edit(String which) {
        area = which;
        areaChanged();
    }

    public void save() {
        try {
            Optional<PaymentInstruction> saved = instructions.save(area, textZh, textEn, jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
            FacesFeedback.info(CandidateTexts.text(localeView.getLocale(),
                    saved.isPresent() ? "paymentInstructions.saved" : "paymentInstructions.removed", label(area)), "");
            load();
            areaChanged();
        } catch (DomainException e) {
            FacesFeedback.refused(e, FIELDS);
        }
    }

    public List<SelectItem> getAreas() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem(PaymentInstruction.NATIONAL, label(PaymentInstruction.NATIONAL)));
        Areas.ALL.forEach(a -> items.add(new SelectItem(a, a)));
        return items;
    }

    public boolean isNational() { return PaymentInstruction.NATIONAL.equals(area); }
    public int getMaxText() { return PaymentInstruction.MAX_TEXT; }
    public List<Row> getRows() { return rows; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getTextZh() { return textZh; }
    public void setTextZh(String textZh) { this.textZh = textZh; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
}
