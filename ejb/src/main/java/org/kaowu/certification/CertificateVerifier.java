package org.kaowu.certification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kaowu.certification.documents.CertificateContent;
import org.kaowu.registration.IdNumbers;
import org.kaowu.shared.AuthorityClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Public verification's read path (the page public/verify and {@code GET /api/verify}): one indexed select of the
 * columns the answer shows, by verification code (unique) or by certificate number (unique) with the holder's name
 * compared after it, on the non-JTA datasource KaowuReadDS (config/wildfly/datasource-*.cli): outside any transaction
 * and without the persistence context, nothing loaded as an entity, nothing flushed, no connection enlisted (taking
 * and returning a JTA-managed connection cost more than the query itself). Every request reads the database, so a revocation is seen by the very next verification on
 * every node; nothing is cached. A code that cannot be a code (after {@link CertificateContent#normalizeCode}) is
 * NOT_FOUND without a query.
 */
@ApplicationScoped
public class CertificateVerifier {

    private static final String COLUMNS = "select status, number, holder_name, id_number, qualification, sub_item, level,"
            + " approval_date, issuing_authority, annotation_from, annotation_until, revoked_at, revoked_reason"
            + " from certificate where ";
    private static final String BY_CODE = COLUMNS + "verification_code = ?";
    private static final String BY_NUMBER = COLUMNS + "number = ?";

    @Resource(lookup = "java:jboss/datasources/KaowuReadDS")
    private DataSource dataSource;

    @Inject
    private AuthorityClock clock;

    /**
     * By the verification code (spaces, hyphens and case ignored), or else by the certificate number together with
     * the holder's name as printed: a number with another name is NOT_FOUND like a number that does not exist.
     */
    public Certificates.Verification verify(String number, String name, String code) {
        try {
            if (code != null && !code.isBlank()) {
                String normal = CertificateContent.normalizeCode(code);
                return normal.length() == CertificateContent.CODE_LENGTH ? read(BY_CODE, normal, null) : Certificates.Verification.notFound();
            }
            if (number != null && name != null && !number.isBlank() && !name.isBlank()) {
                return read(BY_NUMBER, number.strip().toUpperCase(Locale.ROOT), name.strip());
            }
            return Certificates.Verification.notFound();
        } catch (SQLException e) {
            throw new IllegalStateException("certificate verification could not read the database", e);
        }
    }

    private Certificates.Verification read(String sql, String key, String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, key);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next() || (name != null && !name.equals(r.getString("holder_name")))) {
                    return Certificates.Verification.notFound();
                }
                LocalDate from = r.getObject("annotation_from", LocalDate.class);
                LocalDate until = r.getObject("annotation_until", LocalDate.class);
                OffsetDateTime revokedAt = r.getObject("revoked_at", OffsetDateTime.class);
                boolean valid = Certificate.Status.VALID.name().equals(r.getString("status"));
                return new Certificates.Verification(valid ? Certificates.Verification.VALID
                        : Certificates.Verification.REVOKED, r.getString("number"),
                        IdNumbers.maskName(r.getString("holder_name")), IdNumbers.mask(r.getString("id_number")),
                        Certificate.qualificationLine(r.getString("qualification"), r.getString("sub_item"),
                                r.getString("level")),
                        r.getObject("approval_date", LocalDate.class), r.getString("issuing_authority"), from, until,
                        new AnnotationRules.Annotation(from, until).inForce(clock.today()),
                        revokedAt == null ? null : revokedAt.toInstant(), r.getString("revoked_reason"));
            }
        }
    }
}
