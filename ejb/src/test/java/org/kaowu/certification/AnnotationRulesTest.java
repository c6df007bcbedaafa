package org.kaowu.certification;

import org.junit.jupiter.api.Test;
import org.kaowu.certification.AnnotationRules.Annotation;
import org.kaowu.certification.AnnotationRules.Policy;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The annotation (加注): the first period, renewal's window and start, the limit, a revoked certificate. */
class AnnotationRulesTest {

    private static final Policy STANDARD = Policy.standard();
    private static final LocalDate APPROVED = LocalDate.of(2027, 3, 15);
    private static final LocalDate ISSUED = LocalDate.of(2027, 3, 20);

    private static String text(DomainException e, Locale locale) {
        return Messages.text(locale, e.key(), e.args());
    }

    @Test
    void theStandardPolicyCitesItsSource() {
        assertEquals(90, STANDARD.days());
        assertEquals(90, STANDARD.maxDays());
        assertEquals(3, STANDARD.maxPerWindow());
        assertTrue(STANDARD.source().startsWith("人社厅发〔2021〕97号"));
        assertThrows(IllegalArgumentException.class, () -> new Policy(91, 90, 15, 3, 90, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Policy(90, 90, 90, 3, 90, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Policy(90, 90, 15, 3, 90, " "));
    }

    @Test
    void theFirstAnnotationStartsOnIssueForNinetyDaysBothEndsIncluded() {
        Annotation a = AnnotationRules.first(APPROVED, ISSUED, null, STANDARD);
        assertEquals(ISSUED, a.from());
        assertEquals(LocalDate.of(2027, 6, 17), a.until());
        assertEquals(90, a.days());
        assertTrue(a.inForce(a.until()));
        assertFalse(a.inForce(a.until().plusDays(1)));
        assertTrue(a.lapsed(a.until().plusDays(1)));
        assertEquals(APPROVED, AnnotationRules.first(APPROVED, APPROVED.minusDays(3), 30, STANDARD).from(),
                "never before the approval date");
        assertEquals(30, AnnotationRules.first(APPROVED, ISSUED, 30, STANDARD).days());
    }

    @Test
    void daysOutsideThePolicyAreRefused() {
        DomainException e = assertThrows(DomainException.class, () -> AnnotationRules.first(APPROVED, ISSUED, 91, STANDARD));
        assertEquals(AnnotationRules.INVALID_DAYS, e.type());
        assertEquals("days", e.field());
        assertEquals("加注有效期须为1至90天。", text(e, Messages.CHINESE));
        assertThrows(DomainException.class, () -> AnnotationRules.first(APPROVED, ISSUED, 0, STANDARD));
    }

    @Test
    void renewingEarlyIsRefusedWithTheDayItOpens() {
        Annotation a = AnnotationRules.first(APPROVED, ISSUED, null, STANDARD);
        assertEquals(LocalDate.of(2027, 6, 2), AnnotationRules.renewableFrom(a, STANDARD));
        DomainException e = assertThrows(DomainException.class, () -> AnnotationRules.renew(a, false, List.of(ISSUED),
                LocalDate.of(2027, 6, 1), null, STANDARD));
        assertEquals(AnnotationRules.NOT_DUE, e.type());
        assertEquals(422, e.status());
        assertEquals("The current annotation runs to 2027-06-17; it can be renewed from 2027-06-02 (15 days before it"
                + " ends) or once it has lapsed.", text(e, Locale.ENGLISH));
    }

    @Test
    void aRenewalWithinTheWindowExtendsFromTheOldEndLosingNoDay() {
        Annotation a = AnnotationRules.first(APPROVED, ISSUED, null, STANDARD);
        Annotation b = AnnotationRules.renew(a, false, List.of(ISSUED), LocalDate.of(2027, 6, 2), null, STANDARD);
        assertEquals(LocalDate.of(2027, 6, 18), b.from());
        assertEquals(a.until().plusDays(90), b.until());
    }

    @Test
    void aRenewalAfterTheLapseStartsToday() {
        Annotation a = AnnotationRules.first(APPROVED, ISSUED, null, STANDARD);
        LocalDate today = LocalDate.of(2028, 1, 10);
        Annotation b = AnnotationRules.renew(a, false, List.of(ISSUED), today, 10, STANDARD);
        assertEquals(today, b.from());
        assertEquals(today.plusDays(9), b.until());
    }

    @Test
    void aRevokedCertificateIsNeverRenewed() {
        Annotation a = AnnotationRules.first(APPROVED, ISSUED, null, STANDARD);
        DomainException e = assertThrows(DomainException.class, () -> AnnotationRules.renew(a, true, List.of(ISSUED),
                LocalDate.of(2028, 1, 10), null, STANDARD));
        assertEquals(AnnotationRules.REVOKED, e.type());
        assertEquals(409, e.status());
        assertEquals("证书已撤销，不能加注。", text(e, Messages.CHINESE));
    }

    @Test
    void atMostThreeAnnotationsInNinetyDays() {
        // Short annotations of 5 days, renewed as each lapses.
        Annotation a = AnnotationRules.first(APPROVED, ISSUED, 5, STANDARD);
        LocalDate second = LocalDate.of(2027, 3, 26);
        Annotation b = AnnotationRules.renew(a, false, List.of(ISSUED), second, 5, STANDARD);
        LocalDate third = LocalDate.of(2027, 4, 1);
        Annotation c = AnnotationRules.renew(b, false, List.of(ISSUED, second), third, 5, STANDARD);
        LocalDate fourth = LocalDate.of(2027, 4, 10);
        DomainException e = assertThrows(DomainException.class, () -> AnnotationRules.renew(c, false,
                List.of(third, ISSUED, second), fourth, 5, STANDARD));
        assertEquals(AnnotationRules.LIMIT, e.type());
        assertEquals("近90日内已加注3次，已达上限：2027-06-18起可再次申请加注。", text(e, Messages.CHINESE));
        assertEquals(LocalDate.of(2027, 6, 18), AnnotationRules.renew(c, false, List.of(ISSUED, second, third),
                LocalDate.of(2027, 6, 18), 5, STANDARD).from(), "the first annotation has left the window");
        assertThrows(DomainException.class, () -> AnnotationRules.renew(c, false, List.of(ISSUED, second, third),
                LocalDate.of(2027, 6, 17), 5, STANDARD));
    }
}
