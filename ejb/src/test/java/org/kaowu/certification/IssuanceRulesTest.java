package org.kaowu.certification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaowu.certification.IssuanceRules.Check;
import org.kaowu.certification.IssuanceRules.Code;
import org.kaowu.certification.IssuanceRules.Decision;
import org.kaowu.certification.IssuanceRules.ExistingCertificate;
import org.kaowu.certification.IssuanceRules.Facts;
import org.kaowu.certification.IssuanceRules.IntegrityFact;
import org.kaowu.certification.IssuanceRules.Listing;
import org.kaowu.certification.IssuanceRules.ListingState;
import org.kaowu.certification.IssuanceRules.RecordKind;
import org.kaowu.certification.IssuanceRules.Verdict;
import org.kaowu.certification.IssuanceRules.VoidKind;
import org.kaowu.certification.IssuanceRules.Voiding;
import org.kaowu.certification.ResultRules.Period;
import org.kaowu.certification.ResultRules.Sitting;
import org.kaowu.certification.ResultRules.Standing;
import org.kaowu.certification.ResultRules.SubjectResult;
import org.kaowu.shared.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate gate: each condition alone, several at once, WAIT against REFUSE, texts in both languages. */
class IssuanceRulesTest {

    // 一级建造师: four subjects, two consecutive exam years.
    private static final List<String> YJ = List.of("建设工程经济", "建设工程法规及相关知识", "建设工程项目管理", "专业工程管理与实务");
    private static final Period TWO_YEARS = new Period(2, "国人部发〔2004〕16号");
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    private static final long R2025 = 11;
    private static final long R2026 = 12;

    /** 2025: the first two subjects; 2026: the other two (the certified sitting). */
    private static Standing passedInTwoYears() {
        return ResultRules.standing(YJ, List.of(), TWO_YEARS, List.of(
                sitting(R2025, 2025, "建设工程经济", "建设工程法规及相关知识"),
                sitting(R2026, 2026, "建设工程项目管理", "专业工程管理与实务")), 2026);
    }

    private static Sitting sitting(long registration, int year, String... passed) {
        List<SubjectResult> results = new ArrayList<>();
        for (String s : YJ) {
            boolean pass = List.of(passed).contains(s);
            results.add(new SubjectResult(s, s, new BigDecimal(pass ? "80" : "40"), false, new BigDecimal("60"), false));
        }
        return new Sitting(registration, year, false, results);
    }

    private static Facts clean() {
        return new Facts(R2026, "建造师 · 一级", true, passedInTwoYears(), Check.CONFIRMED, List.of(),
                Listing.cleared(LAST_DAY), List.of(), List.of());
    }

    private static Facts with(Check check) {
        Facts f = clean();
        return new Facts(f.registrationId(), f.qualification(), f.onCatalogue(), f.standing(), check, f.voidings(),
                f.listing(), f.records(), f.existing());
    }

    private static Facts with(Listing listing) {
        Facts f = clean();
        return new Facts(f.registrationId(), f.qualification(), f.onCatalogue(), f.standing(), f.check(), f.voidings(),
                listing, f.records(), f.existing());
    }

    private static Facts withVoidings(Voiding... voidings) {
        Facts f = clean();
        return new Facts(f.registrationId(), f.qualification(), f.onCatalogue(), f.standing(), f.check(),
                List.of(voidings), f.listing(), f.records(), f.existing());
    }

    private static Facts withRecords(IntegrityFact... records) {
        Facts f = clean();
        return new Facts(f.registrationId(), f.qualification(), f.onCatalogue(), f.standing(), f.check(), f.voidings(),
                f.listing(), List.of(records), f.existing());
    }

    private static void only(Verdict v, Decision decision, Code code) {
        assertEquals(decision, v.decision(), v.codes().toString());
        assertEquals(List.of(code), v.codes());
    }

    @Test
    void everythingInOrderIssues() {
        Verdict v = IssuanceRules.gate(clean());
        assertEquals(Decision.ISSUE, v.decision());
        assertTrue(v.issues());
        assertTrue(v.reasons().isEmpty());
        assertTrue(IssuanceRules.gate(with(Check.NOT_DRAWN)).issues(), "a candidate not drawn for the check is not held");
    }

    @Test
    void aQualificationOffTheCatalogueIsRefused() {
        Facts f = clean();
        Verdict v = IssuanceRules.gate(new Facts(f.registrationId(), "某协会证书", false, f.standing(), f.check(),
                f.voidings(), f.listing(), f.records(), f.existing()));
        only(v, Decision.REFUSE, Code.OFF_CATALOGUE);
        assertTrue(v.explain(Messages.CHINESE).get(0).startsWith("某协会证书 不在现行《国家职业资格目录（2021年版）》内"));
    }

    @Test
    void anIncompleteStandingNamesTheMissingSubjectsAndTheYear() {
        Standing s = ResultRules.standing(YJ, List.of(), TWO_YEARS, List.of(
                sitting(R2025, 2025, "建设工程经济", "建设工程法规及相关知识")), 2026);
        Facts f = clean();
        Verdict v = IssuanceRules.gate(new Facts(R2025, f.qualification(), true, s, f.check(), List.of(), f.listing(),
                List.of(), List.of()));
        only(v, Decision.REFUSE, Code.STANDING_INCOMPLETE);
        assertEquals("尚未在滚动周期内通过全部科目：还需通过 建设工程项目管理、专业工程管理与实务（须在2026年度考试中通过）。",
                v.explain(Messages.CHINESE).get(0));
        assertEquals("Not every subject is passed within the rolling period: 建设工程项目管理、专业工程管理与实务 still to pass"
                + " (by the exam year 2026).", v.explain(Locale.ENGLISH).get(0));

        Standing none = ResultRules.standing(YJ, List.of(), TWO_YEARS, List.of(sitting(R2025, 2025)), 2026);
        Verdict nothing = IssuanceRules.gate(new Facts(R2025, f.qualification(), true, none, f.check(), List.of(),
                f.listing(), List.of(), List.of()));
        assertEquals("尚未在滚动周期内通过全部科目：还需通过 " + String.join("、", YJ) + "。",
                nothing.explain(Messages.CHINESE).get(0), "no pass waits to expire: no year named");
    }

    @Test
    void anOpenCheckWaitsAndItsOtherEndsRefuse() {
        only(IssuanceRules.gate(with(Check.OPEN)), Decision.WAIT, Code.CHECK_OPEN);
        only(IssuanceRules.gate(with(Check.NOT_MET)), Decision.REFUSE, Code.CHECK_NOT_MET);
        only(IssuanceRules.gate(with(Check.FRAUD)), Decision.REFUSE, Code.CHECK_FRAUD);
        Verdict late = IssuanceRules.gate(with(Check.NOT_COMPLETED_IN_TIME));
        only(late, Decision.REFUSE, Code.CHECK_NOT_COMPLETED_IN_TIME);
        assertTrue(late.explain(Messages.CHINESE).get(0).contains("视为放弃"));
    }

    @Test
    void theChecksNamesAreThoseOfThePostExamStanding() {
        for (var s : org.kaowu.registration.Verifications.PostExamStanding.values()) {
            assertEquals(s.name(), Check.valueOf(s.name()).name(), "issuance maps the check by name");
        }
        assertEquals(org.kaowu.registration.Verifications.PostExamStanding.values().length, Check.values().length);
    }

    @Test
    void aDecisionVoidingTheSittingRefusesWithItsCase() {
        Verdict v = IssuanceRules.gate(withVoidings(new Voiding(301, R2026, VoidKind.SITTING, null)));
        only(v, Decision.REFUSE, Code.SITTING_VOIDED);
        assertEquals("处理决定（案件 301）宣布发证所依据的该次考试全部科目成绩无效：不予发证。", v.explain(Messages.CHINESE).get(0));
    }

    @Test
    void aSubjectVoidCountsOnlyWhenThePassItVoidsIsUsed() {
        Verdict used = IssuanceRules.gate(withVoidings(new Voiding(302, R2025, VoidKind.SUBJECT, "建设工程经济")));
        only(used, Decision.REFUSE, Code.SUBJECT_VOIDED);
        assertTrue(used.explain(Locale.ENGLISH).get(0).contains("A decision (case 302) voided the score of 建设工程经济"));
        assertTrue(IssuanceRules.gate(withVoidings(new Voiding(303, R2025, VoidKind.SUBJECT, "专业工程管理与实务"))).issues(),
                "a failed subject of 2025 was passed again in 2026: its void changes nothing");
        assertTrue(IssuanceRules.gate(withVoidings(new Voiding(304, 99, VoidKind.SITTING, null))).issues(),
                "an older sitting the standing does not use");
    }

    @Test
    void aCertificateDeclaredVoidUnderArticleTenRefusesWhicheverSitting() {
        Verdict v = IssuanceRules.gate(withVoidings(new Voiding(305, 99, VoidKind.CERTIFICATE, null),
                new Voiding(305, 99, VoidKind.CERTIFICATE, null)));
        only(v, Decision.REFUSE, Code.CERTIFICATE_DECLARED_VOID);
        assertTrue(v.explain(Messages.CHINESE).get(0).contains("第十条"));
    }

    @ParameterizedTest
    @EnumSource(value = ListingState.class, names = {"NOT_LISTED", "NOT_OPEN", "PERIOD_RUNNING", "OBJECTION_OPEN"})
    void aListingNotClearWaits(ListingState state) {
        Verdict v = IssuanceRules.gate(with(new Listing(state, 17L, LAST_DAY)));
        only(v, Decision.WAIT, Code.valueOf("LISTING_" + state.name()));
    }

    @Test
    void theListingsTextsNameThePeriodAndTheObjection() {
        assertEquals("合格人员公示期未满（至2026-11-30）：期满后再发证。", IssuanceRules.gate(
                with(new Listing(ListingState.PERIOD_RUNNING, null, LAST_DAY))).explain(Messages.CHINESE).get(0));
        assertTrue(IssuanceRules.gate(with(new Listing(ListingState.OBJECTION_OPEN, 17L, LAST_DAY)))
                .explain(Locale.ENGLISH).get(0).contains("(number 17) is not resolved"));
    }

    @Test
    void anUpheldObjectionRefuses() {
        Verdict v = IssuanceRules.gate(with(new Listing(ListingState.WITHHELD, 18L, LAST_DAY)));
        only(v, Decision.REFUSE, Code.LISTING_WITHHELD);
        assertEquals("公示期间提出的异议（编号 18）经核实成立：不予发证。", v.explain(Messages.CHINESE).get(0));
    }

    @Test
    void onlyARecordFromThisQualificationBarsButEveryRecordIsConsulted() {
        IntegrityFact other = new IntegrityFact(41, RecordKind.MISCONDUCT, 7, 500L, LocalDate.of(2029, 5, 1), false);
        Verdict elsewhere = IssuanceRules.gate(withRecords(other));
        assertTrue(elsewhere.issues(), "a record from another exam is consulted, not a bar");
        assertEquals(List.of(41L), elsewhere.consulted());

        IntegrityFact here = new IntegrityFact(42, RecordKind.MISCONDUCT, 8, 501L, null, true);
        Verdict v = IssuanceRules.gate(withRecords(other, here));
        only(v, Decision.REFUSE, Code.INTEGRITY_RECORD);
        assertEquals(List.of(41L, 42L), v.consulted());
        assertEquals("诚信档案记录 42（案件 501，第8条，长期记录）来自对本资格考试的处理决定，仍在有效期内：不予发证。",
                v.explain(Messages.CHINESE).get(0));
        IntegrityFact dated = new IntegrityFact(43, RecordKind.FALSE_COMMITMENT, 10, 502L, LocalDate.of(2031, 3, 1), true);
        assertTrue(IssuanceRules.gate(withRecords(dated)).explain(Locale.ENGLISH).get(0)
                .contains("(case 502, Art. 10, in force until 2031-03-01)"));
    }

    @Test
    void aCertificateInForceIsNotIssuedTwice() {
        Facts f = clean();
        Verdict v = IssuanceRules.gate(new Facts(f.registrationId(), f.qualification(), true, f.standing(), f.check(),
                List.of(), f.listing(), List.of(), List.of(new ExistingCertificate("202611PA141000007", true))));
        only(v, Decision.REFUSE, Code.ALREADY_ISSUED);
        assertTrue(v.explain(Messages.CHINESE).get(0).contains("202611PA141000007"));
        assertTrue(IssuanceRules.gate(new Facts(f.registrationId(), f.qualification(), true, f.standing(), f.check(),
                List.of(), f.listing(), List.of(), List.of(new ExistingCertificate("202511PA141000003", false))))
                .issues(), "a revoked certificate does not stop a new one earned again");
    }

    @Test
    void everyReasonIsGivenInOrderAndOneRefusalOutweighsTheWaits() {
        Facts f = clean();
        Standing incomplete = ResultRules.standing(YJ, List.of(), TWO_YEARS, List.of(
                sitting(R2026, 2026, "建设工程项目管理")), 2026);
        Verdict v = IssuanceRules.gate(new Facts(R2026, f.qualification(), false, incomplete, Check.OPEN,
                List.of(new Voiding(306, R2026, VoidKind.CERTIFICATE, null)),
                new Listing(ListingState.OBJECTION_OPEN, 19L, LAST_DAY),
                List.of(new IntegrityFact(44, RecordKind.MISCONDUCT, 7, 306L, LocalDate.of(2031, 1, 1), true)),
                List.of(new ExistingCertificate("202411PA141000001", true))));
        assertEquals(Decision.REFUSE, v.decision());
        assertEquals(List.of(Code.OFF_CATALOGUE, Code.STANDING_INCOMPLETE, Code.CHECK_OPEN,
                Code.CERTIFICATE_DECLARED_VOID, Code.LISTING_OBJECTION_OPEN, Code.INTEGRITY_RECORD,
                Code.ALREADY_ISSUED), v.codes());
        assertEquals(7, v.explain(Locale.ENGLISH).size());

        Verdict waits = IssuanceRules.gate(new Facts(R2026, f.qualification(), true, f.standing(), Check.OPEN, List.of(),
                new Listing(ListingState.PERIOD_RUNNING, null, LAST_DAY), List.of(), List.of()));
        assertEquals(Decision.WAIT, waits.decision(), "only waits: the batch tries again");
        assertEquals(List.of(Code.CHECK_OPEN, Code.LISTING_PERIOD_RUNNING), waits.codes());
    }

    @Test
    void everyReasonHasItsTextInBothLanguages() {
        for (Code c : Code.values()) {
            for (Locale l : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                assertFalse(Messages.text(l, c.key(), "1", "2", "3", "4").equals(c.key()), c.key() + " in " + l);
            }
        }
        for (String k : List.of("issuance.standing.by", "issuance.record.longTerm", "issuance.record.until")) {
            assertFalse(Messages.text(Locale.ENGLISH, k, "1").equals(k), k);
            assertFalse(Messages.text(Messages.CHINESE, k, "1").equals(k), k);
        }
        assertTrue(Code.CHECK_OPEN.waits() && Code.LISTING_NOT_LISTED.waits() && !Code.LISTING_WITHHELD.waits());
    }
}
