package org.kaowu.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRequestTest {

    private static final Map<String, String> FIELDS = Map.of("exam", "r.examCode", "due", "t.dueAt");

    @Test
    void pagesStartWhereTheirNumberSays() {
        PageRequest p = PageRequest.page(3, 20);
        assertEquals(60, p.offset());
        assertEquals(20, p.size());
        assertEquals(3, p.page());
        assertTrue(p.hasPrevious());
        assertTrue(p.hasNext(81));
        assertFalse(p.hasNext(80));
        assertFalse(PageRequest.page(0, 20).hasPrevious());
        assertThrows(ArithmeticException.class, () -> PageRequest.page(Integer.MAX_VALUE, 200));
    }

    @Test
    void sizesStayWithinTheLimit() {
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(0, PageRequest.MAX_SIZE + 1));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.page(-1, 10));
        assertTrue(PageRequest.countOnly().isCountOnly());
    }

    @Test
    void onlyWhitelistedFieldsReachTheOrder() {
        assertEquals(" order by r.id", PageRequest.of(0, 20).orderBy(FIELDS, "r.id"));
        assertEquals(" order by r.examCode asc, r.id", PageRequest.of(0, 20).sorted("exam", false).orderBy(FIELDS, "r.id"));
        assertEquals(" order by t.dueAt desc, r.id", PageRequest.of(0, 20).sorted("due", true).orderBy(FIELDS, "r.id"));
        assertEquals(" order by r.id", PageRequest.of(0, 20).sorted("r.id; delete from x", true).orderBy(FIELDS, "r.id"));
    }

    @Test
    void theDatabaseCountsUnlessTheFirstPageHoldsEverything() {
        assertEquals(3, Page.total(PageRequest.of(0, 20), 3, () -> { throw new AssertionError("no count needed"); }));
        assertEquals(57, Page.total(PageRequest.of(0, 20), 20, () -> 57));
        assertEquals(57, Page.total(PageRequest.of(40, 20), 17, () -> 57));
        assertEquals(9, Page.total(PageRequest.countOnly(), 0, () -> 9));
        assertEquals(List.of(2, 4), new Page<>(List.of(1, 2), 2).map(i -> i * 2).rows());
    }
}
