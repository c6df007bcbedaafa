package org.kaowu.api.certification;

import org.kaowu.certification.AnnotationRules;
import org.kaowu.certification.Certificate;
import org.kaowu.certification.Certificates;
import org.kaowu.registration.IdNumbers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate as the API shows it to its holder and to the office: numbers, qualification, dates, status (with the
 * revocation's date, reason and cause), the annotation (加注) and when it may be renewed, the public verification link.
 * The holder's name is written out, the ID number masked.
 */
public record CertificateJson(long id, String number, String managementNumber, String holder, String idNumber,
                              String qualification, LocalDate approvalDate, String issuingAuthority, String status,
                              Instant revokedAt, String revokedReason, String revocationSource, LocalDate annotationFrom,
                              LocalDate annotationUntil, boolean annotationInForce, LocalDate renewableFrom,
                              String verificationUrl, long registration, Instant issuedAt) {

    static CertificateJson of(Certificate c, LocalDate today) {
        AnnotationRules.Annotation a = c.annotation();
        return new CertificateJson(c.getId(), c.getNumber(), c.getManagementNumber(), c.getHolderName(),
                IdNumbers.mask(c.getIdNumber()), c.qualificationLine(), c.getApprovalDate(), c.getIssuingAuthority(),
                c.getStatus().name(), c.getRevokedAt(), c.getRevokedReason(),
                c.getRevocationSource() == null ? null : c.getRevocationSource().name(), a.from(), a.until(),
                a.inForce(today), AnnotationRules.renewableFrom(a, AnnotationRules.Policy.standard()),
                Certificates.verificationUrl(c.getVerificationCode()), c.getRegistrationId(), c.getIssuedAt());
    }
}
