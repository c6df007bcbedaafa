package org.kaowu.catalogue;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which edition answers on a given day. */
class EditionDatesTest {

    static final CatalogueSnapshot.EditionInfo E2021 = edition(1, "2021", LocalDate.of(2021, 12, 3));
    static final CatalogueSnapshot.EditionInfo CORRECTED = edition(2, "2021-r1", LocalDate.of(2026, 12, 1));
    static final CatalogueSnapshot.EditionInfo SAME_DAY = edition(3, "2021-r2", LocalDate.of(2026, 12, 1));
    /** As CatalogueEditions.all() orders them: newest effective date first, later import first on a tie. */
    static final List<CatalogueSnapshot.EditionInfo> ALL = List.of(SAME_DAY, CORRECTED, E2021);

    static CatalogueSnapshot.EditionInfo edition(long id, String code, LocalDate from) {
        return new CatalogueSnapshot.EditionInfo(id, code, code, code, from);
    }

    @Test
    void anEditionAnswersFromItsEffectiveDateOn() {
        assertEquals("2021", CatalogueEditions.inForce(ALL, LocalDate.of(2021, 12, 3)).orElseThrow().code());
        assertEquals("2021", CatalogueEditions.inForce(ALL, LocalDate.of(2026, 11, 30)).orElseThrow().code());
        assertEquals("2021-r2", CatalogueEditions.inForce(ALL, LocalDate.of(2026, 12, 1)).orElseThrow().code());
    }

    @Test
    void beforeTheFirstEditionNothingIsInForce() {
        assertTrue(CatalogueEditions.inForce(ALL, LocalDate.of(2021, 12, 2)).isEmpty());
    }
}
