package org.kaowu.registration;

import org.junit.jupiter.api.Test;
import org.kaowu.plan.PlanData;
import org.kaowu.plan.Timeline;
import org.kaowu.registration.RegistrationRules.Candidate;
import org.kaowu.registration.RegistrationRules.Decision;
import org.kaowu.registration.RegistrationRules.Found;
import org.kaowu.registration.RegistrationRules.Made;
import org.kaowu.registration.RegistrationRules.NotFound;
import org.kaowu.registration.RegistrationRules.Prior;
import org.kaowu.registration.RegistrationRules.Refused;
import org.kaowu.registration.RegistrationRules.Replayed;
import org.kaowu.registration.RegistrationRules.Submission;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How one submission is decided, on facts built in memory: each refusal in the order a candidate meets them, replays
 * of an idempotency key, and the registration made.
 */
class RegistrationRulesDecisionTest {

    static final long ACCOUNT = 1;
    static final long EXAM = 7;
    static final String KEY = "page-key-0001";
    static final String ID = "11010519491231002X";

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(AuthorityClock.ZONE).toInstant();
    }

    static Timeline window(String opens, String closes) {
        return new Timeline(at(opens), at(closes), at(closes), at("2026-09-01T00:00"), at("2026-10-20T00:00"),
                at("2026-10-26T00:00"), at("2026-10-24T00:00"), at("2026-10-26T00:00"), at("2026-12-20T00:00"),
                at("2027-02-01T00:00"));
    }

    static final Instant NOW = at("2026-08-12T10:00");
    static final LocalDate TODAY = LocalDate.of(2026, 8, 12);

    static final List<Eligibility.Rule> FIRE = List.of(
            new Eligibility.Rule(EducationLevel.BACHELOR, MajorRelation.SAME, 4, 3, "消防安全技术", "第十五条（三）"),
            new Eligibility.Rule(EducationLevel.BACHELOR, MajorRelation.RELATED, 5, 4, "消防安全技术", "第十五条（三）"),
            new Eligibility.Rule(EducationLevel.BACHELOR, MajorRelation.OTHER, 6, 5, "消防安全技术", "其他专业"));

    /** Needs 20 years, 15 in the field, or a senior title; waives 综合能力 (02). */
    static final ExemptionRule.Exemption SENIOR = new ExemptionRule.Exemption("SENIOR", "从事消防工作满20年", "20 years", 20,
            List.of("消防安全技术综合能力"), "某文件", "高级专业技术职务", "a senior title", 15);
    /** Needs 10 years, 11 in the field; waives 案例分析 (03); no alternative. */
    static final ExemptionRule.Exemption FIELD = new ExemptionRule.Exemption("FIELD", "消防工作满11年", "11 years in the field", 10,
            List.of("消防安全案例分析"), "某文件", null, null, 11);
    /** Needs nothing; waives 案例分析 (03). */
    static final ExemptionRule.Exemption ADDED = new ExemptionRule.Exemption("ADDED", "已取得证书", "holds it", 0,
            List.of("消防安全案例分析"), "某文件", null, null);

    static final CommitmentNotice NOTICE = CommitmentNotice.of(2026, "注册消防工程师", "一级", "某省人事考试中心", FIRE);

    static PlanData.SubjectData subject(String level, String code, String name, String fee) {
        return new PlanData.SubjectData(level, code, name, 150, null, null, 2, new BigDecimal(fee));
    }

    static RegistrationTarget target(List<Eligibility.Rule> rules) {
        return new RegistrationTarget(EXAM, 2026, "FIRE1", "注册消防工程师", List.of("一级", "二级"), "一级",
                List.of(subject("一级", "01", "消防安全技术实务", "60.00"), subject("一级", "02", "消防安全技术综合能力", "60.00"),
                        subject("一级", "03", "消防安全案例分析", "70.00"), subject("二级", "04", "消防安全技术实务", "50.00")),
                window("2026-08-01T00:00", "2026-08-21T00:00"), Map.of("上海市", window("2026-08-05T00:00", "2026-08-11T00:00")),
                rules, List.of(SENIOR, FIELD, ADDED), CommitmentNotice.of(2026, "注册消防工程师", "一级", "某省人事考试中心", rules));
    }

    static final RegistrationTarget TARGET = target(FIRE);

    /** A bachelor of the field since 2016 (10.5 years to the year's end), before that two years elsewhere. */
    static CandidateProfile profile(CandidateProfile.IdentityStatus status) {
        CandidateProfile p = new CandidateProfile(ACCOUNT);
        p.update(new ProfileData("张三", IdType.RESIDENT_ID, ID, null, null, "13812345678", null, EducationLevel.BACHELOR,
                "某大学", "消防工程", LocalDate.of(2014, 6, 30), "1234567890", List.of(
                new WorkPeriod("甲消防公司", LocalDate.of(2016, 7, 1), null, "消防安全技术"),
                new WorkPeriod("乙公司", LocalDate.of(2014, 7, 1), LocalDate.of(2016, 6, 30), "销售")), true),
                LocalDate.of(1949, 12, 31), 'F', NOW);
        p.identity(status);
        return p;
    }

    static Candidate candidate(Prior... priors) {
        return new Candidate(profile(CandidateProfile.IdentityStatus.CLAIMED), true, new ArrayList<>(List.of(priors)), List.of());
    }

    static RegistrationRequest commitment(String area, List<String> subjects, String exemption, boolean alternative, String sha) {
        return new RegistrationRequest(2026, "FIRE1", "一级", area, subjects, RegistrationPath.COMMITMENT, MajorRelation.SAME,
                List.of(0), sha, exemption, alternative);
    }

    static RegistrationRequest commitment() {
        return commitment("北京市", List.of("01", "02", "03"), null, false, NOTICE.sha256());
    }

    static RegistrationRequest proof(List<Integer> fieldWork, MajorRelation major) {
        return new RegistrationRequest(2026, "FIRE1", "一级", "北京市", List.of("01", "02", "03"), RegistrationPath.PROOF, major,
                fieldWork, null);
    }

    static Decision decide(RegistrationRequest r, Candidate c) {
        return decide(r, c, NOW);
    }

    static Decision decide(RegistrationRequest r, Candidate c, Instant now) {
        return RegistrationRules.decide(new Found(TARGET), new Submission(ACCOUNT, r, KEY, "203.0.113.9", "JUnit"), c, now,
                TODAY, 0);
    }

    static DomainException refusal(Decision d) {
        assertTrue(d instanceof Refused, () -> "refused, not " + d);
        return ((Refused) d).refusal();
    }

    static String refused(RegistrationRequest r) {
        return refusal(decide(r, candidate())).key();
    }

    static Registration made(Decision d) {
        assertTrue(d instanceof Made, () -> "made, not " + d);
        return ((Made) d).registration();
    }

    static Prior prior(long exam, String key, String code, boolean holdsPlace, RegistrationStatus status, boolean withdrawn) {
        return new Prior(41, ACCOUNT, exam, key, 2026, code, holdsPlace, status, withdrawn, null);
    }

    @Test
    void aCommitmentWithinTheWindowIsAcceptedSignedAndPricedByItsSubjects() {
        Registration r = made(decide(commitment(), candidate()));
        assertEquals(RegistrationStatus.ACCEPTED, r.getStatus());
        assertEquals(RegistrationPath.COMMITMENT, r.getPath());
        assertEquals(0, new BigDecimal("190.00").compareTo(r.getFee()), "the level's subjects chosen, not the other level's");
        assertEquals(Payment.UNPAID, r.getPayment());
        assertEquals(NOTICE.sha256(), r.getNoticeSha256());
        assertEquals(NOTICE.version(), r.getNoticeVersion());
        assertEquals(NOW, r.getSignedAt());
        assertEquals("203.0.113.9", r.getSignedIp());
        assertEquals(KEY, r.getIdempotencyKey());
        assertEquals(List.of("01", "02", "03"), r.getSubjects());
        assertFalse(r.isIdentityPending());
        assertNull(r.getExemption());
    }

    @Test
    void proofNeedsNoNoticeAndWaitsForReview() {
        Registration r = made(decide(proof(List.of(0), MajorRelation.SAME), candidate()));
        assertEquals(RegistrationStatus.PENDING_REVIEW, r.getStatus());
        assertTrue(r.underReview());
        assertNull(r.getNoticeSha256());
        assertNull(r.getSignedAt());
    }

    @Test
    void theRequestMustNameAPathAMajorAndAnArea() {
        assertEquals("registration.path", refused(new RegistrationRequest(2026, "FIRE1", "一级", "北京市", List.of("01"), null,
                MajorRelation.SAME, List.of(0), NOTICE.sha256())));
        assertEquals("registration.major", refused(new RegistrationRequest(2026, "FIRE1", "一级", "北京市", List.of("01"),
                RegistrationPath.PROOF, null, List.of(0), null)));
        assertEquals("registration.area", refused(commitment("Beijing", List.of("01", "02", "03"), null, false, NOTICE.sha256())));
    }

    @Test
    void registrationIsOpenOnlyInTheAreasWindow() {
        DomainException closed = refusal(decide(commitment("上海市", List.of("01", "02", "03"), null, false, NOTICE.sha256()), candidate()));
        assertEquals("registration.closed", closed.key());
        assertEquals("registration-closed", closed.type());
        assertEquals(409, closed.status());
        assertEquals("registration.closed", refusal(decide(commitment(), candidate(), at("2026-08-21T00:00"))).key());
        assertEquals("registration.closed", refusal(decide(commitment(), candidate(), at("2026-07-31T23:59"))).key());
    }

    @Test
    void subjectsAreTheLevelsEachOnceAtLeastOne() {
        assertEquals("registration.subjects", refused(commitment("北京市", List.of("04"), null, false, NOTICE.sha256())));
        assertEquals("registration.subjects", refused(commitment("北京市", List.of("01", "01"), null, false, NOTICE.sha256())));
        assertEquals("registration.subjects", refused(commitment("北京市", List.of(), null, false, NOTICE.sha256())));
        assertEquals("registration.subjects", refused(commitment("北京市", null, null, false, NOTICE.sha256())));
    }

    @Test
    void theCandidateNeedsAProfileNotRejectedAndAPhoto() {
        assertEquals("profile.first", refusal(decide(commitment(), new Candidate(null, true, new ArrayList<>(), List.of()))).key());
        DomainException rejected = refusal(decide(commitment(), new Candidate(profile(CandidateProfile.IdentityStatus.REJECTED),
                true, new ArrayList<>(), List.of())));
        assertEquals("registration.identityRejected", rejected.key());
        assertEquals(403, rejected.status());
        assertEquals("registration.photo", refusal(decide(commitment(), new Candidate(profile(CandidateProfile.IdentityStatus.CLAIMED),
                false, new ArrayList<>(), List.of()))).key());
    }

    @Test
    void theSameKeyAnswersWhatItMadeAndAnotherExamsKeyIsRefused() {
        Prior before = prior(EXAM, KEY, "FIRE1", true, RegistrationStatus.ACCEPTED, false);
        Decision again = decide(commitment(), candidate(before));
        assertTrue(again instanceof Replayed);
        assertSame(before, ((Replayed) again).prior());
        // Even once the window has closed, and whatever else the retry got wrong.
        assertTrue(decide(commitment(), candidate(before), at("2026-09-30T00:00")) instanceof Replayed);
        DomainException reused = refusal(decide(commitment(), candidate(prior(8, KEY, "OTHER", true, RegistrationStatus.ACCEPTED, false))));
        assertEquals("registration.keyReused", reused.key());
        assertEquals("Idempotency-Key", reused.field());
    }

    @Test
    void anExamWithoutATargetIsRefusedUnlessTheKeyMadeARegistration() {
        DomainException none = new DomainException("no-such-exam", 404, "examCode", "plan.noSuchExam");
        Submission s = new Submission(ACCOUNT, commitment(), KEY, null, null);
        assertSame(none, refusal(RegistrationRules.decide(new NotFound(none), s, candidate(), NOW, TODAY, 0)));
        assertTrue(RegistrationRules.decide(new NotFound(none), s, candidate(prior(EXAM, KEY, "FIRE1", true,
                RegistrationStatus.ACCEPTED, false)), NOW, TODAY, 0) instanceof Replayed);
        Submission keyless = new Submission(ACCOUNT, commitment(), null, null, null);
        assertSame(none, refusal(RegistrationRules.decide(new NotFound(none), keyless, candidate(), NOW, TODAY, 0)));
    }

    @Test
    void oneRegistrationPerExamAndYearUnlessItsPlaceWasFreed() {
        DomainException already = refusal(decide(commitment(), candidate(prior(EXAM, "other-key-01", "FIRE1", true,
                RegistrationStatus.ACCEPTED, false))));
        assertEquals("registration.already", already.key());
        assertEquals(41L, already.extensions().get("registration"));
        assertEquals("registration.alreadyVoided", refusal(decide(commitment(), candidate(prior(EXAM, "other-key-01", "FIRE1", true,
                RegistrationStatus.VOIDED, false)))).key());
        // Voided because the number was another person's: the place is free again.
        made(decide(commitment(), candidate(prior(EXAM, "other-key-01", "FIRE1", false, RegistrationStatus.VOIDED, false))));
    }

    @Test
    void aCommitmentWithdrawnBeforeClosesTheCommitmentPathForTheExam() {
        Prior withdrawn = prior(EXAM, "other-key-01", "FIRE1", false, RegistrationStatus.VOIDED, true);
        assertEquals("registration.commitment.withdrawnBefore", refusal(decide(commitment(), candidate(withdrawn))).key());
        made(decide(proof(List.of(0), MajorRelation.SAME), candidate(withdrawn)));
    }

    @Test
    void eligibilityIsJudgedOnTheProfileAndTheJobsMarkedInTheField() {
        assertEquals("registration.fieldWork", refused(proof(List.of(2), MajorRelation.SAME)));
        DomainException not = refusal(decide(proof(List.of(), MajorRelation.OTHER), candidate()));
        assertEquals("registration.notEligible", not.key());
        assertEquals("not-eligible", not.type());
    }

    @Test
    void anExemptionMustBeTheLevelsAndItsConditionMet() {
        assertEquals("registration.exemption.alternativeAlone",
                refused(commitment("北京市", List.of("01", "02"), null, true, NOTICE.sha256())));
        assertEquals("registration.exemption.unknown",
                refused(commitment("北京市", List.of("01", "02"), "NONE", false, NOTICE.sha256())));
        assertEquals("registration.exemption.noAlternative",
                refused(commitment("北京市", List.of("01", "02"), "ADDED", true, NOTICE.sha256())));
        assertEquals("registration.exemption.years",
                refused(commitment("北京市", List.of("01", "03"), "SENIOR", false, NOTICE.sha256())));
        assertEquals("registration.exemption.fieldYears",
                refused(commitment("北京市", List.of("01", "02"), "FIELD", false, NOTICE.sha256())));
        assertEquals("registration.exemption.subjects",
                refused(commitment("北京市", List.of("01", "02", "03"), "ADDED", false, NOTICE.sha256())));
    }

    @Test
    void anExemptionClaimedIsSignedForAndRecorded() {
        CommitmentNotice added = NOTICE.claiming(ADDED, false);
        // The level's own notice does not do for a claim: the claim must be read and signed.
        assertEquals("registration.commitment.notice",
                refused(commitment("北京市", List.of("01", "02"), "ADDED", false, NOTICE.sha256())));
        Registration r = made(decide(commitment("北京市", List.of("01", "02"), "ADDED", false, added.sha256()), candidate()));
        assertEquals("ADDED", r.getExemption());
        assertFalse(r.isExemptionByAlternative());
        assertEquals(0, new BigDecimal("120.00").compareTo(r.getFee()));
        CommitmentNotice senior = NOTICE.claiming(SENIOR, true);
        Registration title = made(decide(commitment("北京市", List.of("01", "03"), "SENIOR", true, senior.sha256()), candidate()));
        assertTrue(title.isExemptionByAlternative());
        assertEquals(senior.sha256(), title.getNoticeSha256());
        assertEquals(List.of("02"), TARGET.waived(SENIOR), "the one filter the page uses too");
    }

    @Test
    void theCommitmentPathNeedsTheLevelsConditionsInTheSystem() {
        RegistrationTarget unruled = target(List.of());
        Submission s = new Submission(ACCOUNT, commitment("北京市", List.of("01"), null, false, unruled.notice().sha256()), KEY, null, null);
        assertEquals("registration.commitment.noRules",
                refusal(RegistrationRules.decide(new Found(unruled), s, candidate(), NOW, TODAY, 0)).key());
        Submission proof = new Submission(ACCOUNT, proof(List.of(0), MajorRelation.SAME), KEY, null, null);
        made(RegistrationRules.decide(new Found(unruled), proof, candidate(), NOW, TODAY, 0));
    }

    static IntegrityRecord falseCommitment(Long account) {
        return new IntegrityRecord(ID, account, IntegrityRecord.Kind.FALSE_COMMITMENT, IntegrityRecord.Severity.SERIOUS,
                LocalDate.of(2024, 5, 1), LocalDate.of(2029, 4, 30), "虚假承诺", null, NOW, "office");
    }

    static Candidate withRecords(CandidateProfile.IdentityStatus status, IntegrityRecord... records) {
        return new Candidate(profile(status), true, new ArrayList<>(), List.of(records));
    }

    @Test
    void aFalseCommitmentBarsTheCommitmentPathButNotProof() {
        DomainException barred = refusal(decide(commitment(), withRecords(CandidateProfile.IdentityStatus.CLAIMED, falseCommitment(99L))));
        assertEquals("registration.commitment.barred", barred.key());
        assertEquals(403, barred.status());
        made(decide(proof(List.of(0), MajorRelation.SAME), withRecords(CandidateProfile.IdentityStatus.CLAIMED, falseCommitment(99L))));
        // With a limit in years, the bar ends.
        assertTrue(RegistrationRules.decide(new Found(TARGET), new Submission(ACCOUNT, commitment(), KEY, null, null),
                withRecords(CandidateProfile.IdentityStatus.CLAIMED, falseCommitment(99L)), NOW, LocalDate.of(2029, 4, 30), 5)
                instanceof Refused);
        made(RegistrationRules.decide(new Found(TARGET), new Submission(ACCOUNT, commitment(), KEY, null, null),
                withRecords(CandidateProfile.IdentityStatus.CLAIMED, falseCommitment(99L)), NOW, LocalDate.of(2029, 5, 1), 5));
    }

    @Test
    void whileTheNumberIsDisputedOnlyThisAccountsRecordsCount() {
        Registration r = made(decide(commitment(), withRecords(CandidateProfile.IdentityStatus.DISPUTED, falseCommitment(99L),
                falseCommitment(null))));
        assertTrue(r.isIdentityPending(), "registered, pending the office's decision on the number");
        assertEquals("registration.commitment.barred", refusal(decide(commitment(),
                withRecords(CandidateProfile.IdentityStatus.DISPUTED, falseCommitment(ACCOUNT)))).key());
    }

    @Test
    void theSignatureMustBeForTheNoticeInForce() {
        DomainException changed = refusal(decide(commitment("北京市", List.of("01", "02", "03"), null, false, "00"), candidate()));
        assertEquals("registration.commitment.notice", changed.key());
        assertEquals(NOTICE.sha256(), changed.extensions().get("noticeSha256"));
        assertEquals("registration.commitment.notice",
                refused(commitment("北京市", List.of("01", "02", "03"), null, false, null)));
        made(decide(commitment("北京市", List.of("01", "02", "03"), null, false, NOTICE.sha256().toUpperCase()), candidate()));
    }

    @Test
    void anIdempotencyKeyIsEightToAHundredSafeCharacters() {
        RegistrationRules.checkKey(null);
        RegistrationRules.checkKey("3f1e2d4c-0000-4000-8000-000000000000");
        assertEquals("registration.key", assertThrows(DomainException.class, () -> RegistrationRules.checkKey("short")).key());
        assertEquals("registration.key", assertThrows(DomainException.class, () -> RegistrationRules.checkKey("a key with spaces")).key());
    }
}
