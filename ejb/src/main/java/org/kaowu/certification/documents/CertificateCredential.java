package org.kaowu.certification.documents;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The certificate as a W3C Verifiable Credential (Data Model 2.0), secured as a {@code vc+jwt} compact JWS by
 * {@link CredentialJws}: a holder presents it to an employer's software, which checks the signature offline with the
 * authority's published JWK Set and the revocation bit online in the status list ({@link StatusList}).
 * <ul>
 * <li>{@code @context} the VC 2.0 context only (its {@code @vocab} covers our terms); {@code type}
 * {@code VerifiableCredential} and {@value #TYPE}; {@code id} the certificate's public verification page;</li>
 * <li>{@code issuer} the authority: an https id and its name; {@code validFrom}/{@code validUntil} the annotation
 * (加注) period, from the first day's start to the last day's end, Beijing time;</li>
 * <li>{@code credentialSubject}: name, the identity number <b>masked</b> as every list shows it (first and last four
 * characters), the qualification (catalogue entry, sub-item, level, edition), certificate and management numbers,
 * approval date and issuing authority;</li>
 * <li>{@code credentialStatus} a {@code BitstringStatusListEntry} for revocation: {@code statusListIndex} as a
 * decimal string and {@code statusListCredential} the list's URL.</li>
 * </ul>
 * Why masked and not a salted digest of the identity number: a credential is handed to anyone the holder applies to,
 * and a digest that a verifier can check offline can be checked by anyone holding the credential. A citizen identity
 * number has little entropy (a region code, a birth date, three digits and a check digit), so its salted digest is
 * reversed by trying every plausible number, and a digest beside any masked part would be reversed in seconds. The
 * masked form reveals nothing the public 公示 list does not, and with the name it lets an employer match the
 * holder's identity card shown in person.
 */
public final class CertificateCredential {

    public static final String CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String TYPE = "QualificationCertificateCredential";
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private CertificateCredential() {
    }

    /** The unsigned credential (a JSON object as a map, in the order written). {@code issuerId}: an https URL (http only for
     * localhost, on a developer's machine). */
    public static Map<String, Object> credential(CertificateContent c, String issuerId) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(CONTEXT));
        vc.put("id", c.verificationUrl());
        vc.put("type", List.of("VerifiableCredential", TYPE));
        vc.put("name", "职业资格证书 Professional Qualification Certificate");
        vc.put("issuer", issuer(issuerId, c.issuingAuthority()));
        vc.put("validFrom", moment(c.annotationFrom(), LocalTime.MIDNIGHT));
        vc.put("validUntil", moment(c.annotationUntil(), LocalTime.of(23, 59, 59)));
        Map<String, Object> qualification = new LinkedHashMap<>();
        qualification.put("type", "Qualification");
        qualification.put("name", c.qualification().entryName());
        if (c.qualification().subItem() != null) {
            qualification.put("subItem", c.qualification().subItem());
        }
        if (c.qualification().level() != null) {
            qualification.put("level", c.qualification().level());
        }
        qualification.put("catalogueEdition", Long.toString(c.qualification().editionId()));
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", "QualificationHolder");
        subject.put("name", c.holderName());
        subject.put("idNumberMasked", c.maskedIdNumber());
        subject.put("qualification", qualification);
        subject.put("certificateNumber", c.number());
        subject.put("managementNumber", c.managementNumber());
        subject.put("approvalDate", c.approvalDate().toString());
        subject.put("issuingAuthority", c.issuingAuthority());
        vc.put("credentialSubject", subject);
        vc.put("credentialStatus", StatusList.entry(c.statusListUrl(), c.statusListIndex()));
        return vc;
    }

    /** The credential signed by the authority's key: a compact JWS ({@code vc+jwt}). */
    public static String issue(CertificateContent c, String issuerId, AuthorityKey key) {
        return CredentialJws.sign(credential(c, issuerId), key);
    }

    static Map<String, Object> issuer(String issuerId, String name) {
        URI id;
        try {
            id = URI.create(issuerId == null ? "" : issuerId);
        } catch (IllegalArgumentException e) {
            id = null;
        }
        String scheme = id == null || id.getScheme() == null ? "" : id.getScheme().toLowerCase(Locale.ROOT);
        String host = id == null || id.getHost() == null ? "" : id.getHost();
        boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (host.isEmpty() || !(scheme.equals("https") || scheme.equals("http") && local)) {
            throw new IllegalArgumentException("the issuer id must be the authority's https address (e.g."
                    + " https://kaowu.example.cn, -Dkaowu.publicUrl); plain http only on this machine (localhost)");
        }
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", issuerId);
        issuer.put("name", name);
        return issuer;
    }

    static String moment(LocalDate day, LocalTime time) {
        return OffsetDateTime.of(day, time, BEIJING).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
