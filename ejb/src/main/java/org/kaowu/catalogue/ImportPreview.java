package org.kaowu.catalogue;

import java.util.List;

/**
 * What importing would do: every problem found (nothing is stored while there is one), or the differences against
 * the edition it follows ({@code base}, null when it is the first).
 */
public record ImportPreview(List<EditionFile.Problem> problems, CatalogueSnapshot.EditionInfo base, EditionDiff diff,
                            int entries) {
    public boolean ok() {
        return problems.isEmpty();
    }
}
