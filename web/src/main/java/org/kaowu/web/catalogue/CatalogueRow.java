package org.kaowu.web.catalogue;

import org.kaowu.catalogue.EntryData;

import java.io.Serializable;
import java.util.stream.Collectors;

/** One catalogue entry as the table shows it (EL reads getters, not record accessors). */
public class CatalogueRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String category;
    private final String type;
    private final String nameZh;
    private final String nameEn;
    private final String authority;
    private final String levels;
    private final String subItems;
    private final String aliases;
    private final String confidence;
    private final String note;

    public CatalogueRow(EntryData e) {
        code = e.code();
        category = e.category().name();
        type = e.type().name();
        nameZh = e.nameZh();
        nameEn = e.nameEn() == null ? "" : e.nameEn();
        authority = e.authority() == null ? "" : e.authority();
        levels = String.join(" / ", e.allLevels());
        subItems = e.subItems().stream()
                .map(s -> s.levels().isEmpty() ? s.name() : s.name() + "（" + String.join("/", s.levels()) + "）")
                .collect(Collectors.joining("；"));
        aliases = e.aliases().stream().map(EntryData.AliasData::alias).collect(Collectors.joining("、"));
        confidence = e.confidence().name();
        note = e.note() == null ? "" : e.note();
    }

    public String getCode() { return code; }
    public String getCategory() { return category; }
    public String getType() { return type; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public String getAuthority() { return authority; }
    public String getLevels() { return levels; }
    public String getSubItems() { return subItems; }
    public String getAliases() { return aliases; }
    public String getConfidence() { return confidence; }
    public String getNote() { return note; }
}
