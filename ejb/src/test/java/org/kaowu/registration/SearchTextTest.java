package org.kaowu.registration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The office search's text field and the masks its rows use (issue items 15, 21). */
class SearchTextTest {

    @Test
    void aPaymentReferenceInAnyCaseNamesItsRegistrationAndYear() {
        SearchText t = SearchText.of("  kw20400000001234 ");
        assertEquals(SearchText.Kind.PAYMENT_REF, t.kind());
        assertEquals(1234, t.registrationId());
        assertEquals(2040, t.referenceYear());
    }

    @Test
    void digitsAreARegistrationNumber() {
        SearchText t = SearchText.of("1234");
        assertEquals(SearchText.Kind.REGISTRATION, t.kind());
        assertEquals(1234, t.registrationId());
    }

    @Test
    void anIdentityNumberIsComparedWholeAndNormalized() {
        SearchText t = SearchText.of("11010519491231002x");
        assertEquals(SearchText.Kind.ID_NUMBER, t.kind());
        assertEquals("11010519491231002X", t.value());
        assertEquals(SearchText.Kind.ID_NUMBER, SearchText.of("E12345678").kind(), "a passport number");
    }

    @Test
    void anythingElseIsPartOfANameWithLikeCharactersEscaped() {
        assertEquals(SearchText.Kind.NAME, SearchText.of("张").kind());
        assertEquals(SearchText.Kind.NAME, SearchText.of("ZHANG").kind(), "letters alone are a name");
        assertEquals("%a!%b!_c!!%", SearchText.of("A%b_c!").likePattern());
        assertNull(SearchText.of("   "));
        assertNull(SearchText.of(null));
    }

    @Test
    void contactsAreMaskedForLists() {
        assertEquals("z***@example.cn", IdNumbers.maskEmail("zjg@example.cn"));
        assertEquals("", IdNumbers.maskEmail(null));
        assertEquals("139****1234", IdNumbers.maskMobile("13987651234"));
        assertEquals("欧***", IdNumbers.maskName("欧阳明远"));
    }
}
