package org.kaowu.registration;

import org.junit.jupiter.api.Test;
import org.kaowu.plan.Timeline;
import org.kaowu.shared.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaowu.registration.RegistrationRulesDecisionTest.NOW;
import static org.kaowu.registration.RegistrationRulesDecisionTest.at;
import static org.kaowu.registration.RegistrationRulesDecisionTest.window;

/** A registration moves only the ways its rules allow, whichever service asks. */
class RegistrationTransitionsTest {

    static final Timeline OPEN = window("2026-08-01T00:00", "2026-08-21T00:00");

    static Registration registration(RegistrationPath path, String fee) {
        return new Registration(1, 7, 2026, "FIRE1", "一级", "北京市", List.of("01"), path,
                new Eligibility.Facts(EducationLevel.BACHELOR, MajorRelation.SAME, 10, 10), "符合", "page-key-0001", false,
                new BigDecimal(fee), NOW);
    }

    static String key(Runnable change) {
        return assertThrows(DomainException.class, change::run).key();
    }

    @Test
    void aStandingUnpaidCommitmentMayBeWithdrawnBeforeTheDeadline() {
        Registration r = registration(RegistrationPath.COMMITMENT, "60.00");
        assertEquals("registration.withdraw.late", key(() -> r.withdrawCommitment(at("2026-08-21T00:00"), OPEN)));
        r.withdrawCommitment(NOW, OPEN);
        assertEquals(RegistrationPath.PROOF, r.getPath());
        assertTrue(r.underReview());
        assertEquals(NOW, r.getCommitmentWithdrawnAt());
        assertEquals("registration.withdraw.notCommitment", key(() -> r.withdrawCommitment(NOW, OPEN)));
        Registration paid = registration(RegistrationPath.COMMITMENT, "60.00");
        paid.markPaid(NOW, "bank: 1");
        assertEquals("registration.withdraw.paid", key(() -> paid.withdrawCommitment(NOW, OPEN)));
        // Without a fee there was nothing to pay: it may still be withdrawn.
        registration(RegistrationPath.COMMITMENT, "0").withdrawCommitment(NOW, OPEN);
    }

    @Test
    void onlyProofWaitingForReviewIsReviewedAndOnlyWithAReasonUnlessApproved() {
        Registration r = registration(RegistrationPath.PROOF, "60.00");
        assertEquals("registration.review.noteRequired", key(() -> r.reviewed(RegistrationStatus.REJECTED, "  ", "office", NOW)));
        assertEquals("registration.review.noteTooLong", key(() -> r.reviewed(RegistrationStatus.MORE_REQUESTED, "x".repeat(2001), "office", NOW)));
        r.reviewed(RegistrationStatus.MORE_REQUESTED, " 缺学历证明 ", "office", NOW);
        assertEquals("缺学历证明", r.getReviewNote());
        assertTrue(r.underReview(), "waiting for the candidate, still under review");
        assertEquals("registration.review.notPending", key(() -> r.reviewed(RegistrationStatus.APPROVED, null, "office", NOW)));
        r.resubmitted(NOW);
        r.reviewed(RegistrationStatus.APPROVED, null, "office", NOW);
        assertFalse(r.underReview());
        assertEquals("registration.document.closed", key(() -> r.resubmitted(NOW)));
        assertEquals("registration.review.notPending",
                key(() -> registration(RegistrationPath.COMMITMENT, "60.00").reviewed(RegistrationStatus.APPROVED, null, "o", NOW)));
    }

    @Test
    void onlyWhatCouldBePaidIsPaidOrLapses() {
        Registration r = registration(RegistrationPath.COMMITMENT, "60.00");
        r.markPaid(NOW, "office: 1");
        assertEquals("registration.payment.notPayable", key(() -> r.markPaid(NOW, "office: 2")));
        assertEquals("registration.payment.notPayable", key(() -> r.lapse(NOW)));
        Registration pending = registration(RegistrationPath.PROOF, "60.00");
        assertEquals("registration.payment.notPayable", key(() -> pending.markPaid(NOW, "office: 1")));
        assertEquals("registration.payment.notPayable", key(() -> pending.lapse(NOW)));
        Registration unpaid = registration(RegistrationPath.COMMITMENT, "60.00");
        unpaid.lapse(Instant.parse("2026-08-21T00:00:00Z"));
        assertEquals(RegistrationStatus.LAPSED, unpaid.getStatus());
    }
}
