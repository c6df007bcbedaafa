package org.kaowu.catalogue;

import java.time.LocalDate;

/** An ADMIN's request to import an edition file: what the edition is called, when it takes effect, and the file. */
public record EditionImport(String code, String titleZh, String titleEn, LocalDate effectiveFrom, String sourceName,
                            byte[] content, String note) {
}
