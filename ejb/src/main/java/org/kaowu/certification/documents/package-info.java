/**
 * The certificate as documents, pure and fully tested, for issuance, verification and revocation to call: what a
 * certificate says ({@link org.kaowu.certification.documents.CertificateContent}), the authority's signing key and
 * certificate ({@link org.kaowu.certification.documents.AuthorityKeys}: a PKCS#12 keystore configured outside the code,
 * else a demo key kept under the data directory), the one-page PDF with the embedded CJK font, the photo and a QR code
 * of the verification page ({@link org.kaowu.certification.documents.CertificatePdf}), its detached PKCS#7/CMS
 * signature that poppler's {@code pdfsig} validates ({@link org.kaowu.certification.documents.PdfSignatures}), the same
 * certificate as a W3C Verifiable Credential 2.0 secured as a JWS ({@code vc+jwt},
 * {@link org.kaowu.certification.documents.CertificateCredential}), and the W3C Bitstring Status List v1.0 with its
 * random index allocator ({@link org.kaowu.certification.documents.StatusList},
 * {@link org.kaowu.certification.documents.StatusIndexes}). No JPA here; only {@code AuthorityKeys} is a bean.
 */
package org.kaowu.certification.documents;
