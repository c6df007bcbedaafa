package org.kaowu.web.conduct;

import org.kaowu.conduct.MisconductRule;
import org.kaowu.web.FacesFeedback;

import java.io.Serializable;

/** A rule as a case page shows it: code, behaviour and source in the page's language, and what it orders. */
public record CaseText(String code, int version, int article, String behaviour, String source, String sanction,
                       boolean provincial) implements Serializable {

    static CaseText of(MisconductRule r, String sanction) {
        return new CaseText(r.getCode(), r.getVersion(), r.getArticle(), r.behaviour(FacesFeedback.locale()),
                r.getSource(), sanction, r.isProvincial());
    }

    public String getCode() { return code; }
    public int getVersion() { return version; }
    public int getArticle() { return article; }
    public String getBehaviour() { return behaviour; }
    public String getSource() { return source; }
    public String getSanction() { return sanction; }
    public boolean isProvincial() { return provincial; }
}
