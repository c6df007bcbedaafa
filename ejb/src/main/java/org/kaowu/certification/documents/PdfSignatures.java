package org.kaowu.certification.documents;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The authority's signature on a PDF: a detached PKCS#7/CMS signature (Filter Adobe.PPKLite, SubFilter
 * {@code adbe.pkcs7.detached}) over the whole file but the signature's own value, SHA-256, with the signed attributes
 * content type, message digest and signing time (the authority clock's, passed in) and the signer's certificate chain
 * inside, made with BouncyCastle's {@code CMSSignedDataGenerator} on the JDK's signature provider (no provider is
 * registered). OpenPDF adds the signature field as an incremental update, reserves the signature's space (pre-close)
 * and writes the CMS into it. {@code pdfsig} (poppler) and Acrobat verify it; {@link #verify} checks a
 * document in Java the same way.
 */
public final class PdfSignatures {

    static final String FIELD = "AuthoritySignature";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PdfSignatures() {
    }

    /** What a signature verification found. {@code valid} only when every check held; {@code problem} says which failed. */
    public record Verification(boolean valid, String problem, X509Certificate signer, Instant signingTime) {
        static Verification invalid(String problem) {
            return new Verification(false, problem, null, null);
        }
    }

    /**
     * Signs {@code pdf} as an incremental update (the document's bytes stay as they were, the signature field and its
     * value are appended), with an invisible signature field: the page shows the authority's signature block itself
     * ({@link CertificatePdf}), so that signing never subsets the CJK font a second time. {@code reason} is the
     * signature dictionary's /Reason.
     */
    public static byte[] sign(byte[] pdf, AuthorityKey key, Instant at, String reason) {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZONE), Locale.ROOT);
        when.setTimeInMillis(at.toEpochMilli());
        int reserved = 6144;
        try {
            for (X509Certificate c : key.chain()) {
                reserved += c.getEncoded().length;
            }
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the authority's certificate cannot be encoded", e);
        }
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reserved + 4096);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0', null, true);
            stamper.setEnforcedModificationDate(when);
            PdfSignatureAppearance sap = stamper.getSignatureAppearance();
            sap.setSignDate(when);
            sap.setReason(reason);
            sap.setFieldNameForInvisibleSignatures(FIELD);
            PdfSignature dic = new PdfSignature(PdfName.ADOBE_PPKLITE, PdfName.ADBE_PKCS7_DETACHED);
            dic.setDate(new PdfDate(when));
            dic.setName(key.certificate().getSubjectX500Principal().getName());
            dic.setReason(reason);
            sap.setCryptoDictionary(dic);
            Map<PdfName, Integer> exclusion = new HashMap<>();
            exclusion.put(PdfName.CONTENTS, reserved * 2 + 2);
            sap.preClose(exclusion);

            byte[] signedBytes;
            try (InputStream range = sap.getRangeStream()) {
                signedBytes = range.readAllBytes();
            }
            byte[] cms = cms(signedBytes, key, at);
            if (cms.length > reserved) {
                throw new IllegalStateException("the signature (" + cms.length + " bytes) does not fit the "
                        + reserved + " reserved");
            }
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(cms, reserved)).setHexWriting(true));
            sap.close(update);
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("the PDF could not be signed", e);
        }
    }

    /** The detached CMS SignedData of {@code content}: SHA-256, signed attributes, the chain included. */
    static byte[] cms(byte[] content, AuthorityKey key, Instant at) {
        try {
            AttributeTable signingTime = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(at)))));
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTime))
                    .build(new JcaContentSignerBuilder(key.cmsAlgorithm()).build(key.privateKey()), key.certificate()));
            gen.addCertificates(new JcaCertStore(key.chain()));
            return gen.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("the CMS signature could not be made", e);
        }
    }

    /**
     * Checks the PDF's signatures: there is one; its byte range starts at 0 and ends at the end of the file (nothing
     * was appended after signing) with only the signature's value left out; the SHA-256 of those bytes equals the
     * signed message digest; the CMS signature verifies with the certificate inside it; and that certificate is
     * {@code trusted} (the authority's own, when given).
     */
    public static Verification verify(byte[] pdf, X509Certificate trusted) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Verification.invalid("the document is not signed");
            }
            if (signatures.size() > 1) {
                return Verification.invalid("the document holds more than one signature");
            }
            PDSignature sig = signatures.get(0);
            int[] range = sig.getByteRange();
            if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
                    || range[3] < 0 || (long) range[2] + range[3] != pdf.length) {
                return Verification.invalid("the signature does not cover the whole document");
            }
            if (!"adbe.pkcs7.detached".equals(sig.getSubFilter())) {
                return Verification.invalid("the signature is not a detached PKCS#7 signature");
            }
            byte[] contents = sig.getContents(pdf);
            // the reserved space is padded with zeros after the DER object: read the one object, nothing after it
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent(pdf, range)), info);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Verification.invalid("the signature has " + signers.size() + " signers");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return Verification.invalid("the signer's certificate is not in the signature");
            }
            X509Certificate cert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                    .getCertificate(matches.iterator().next());
            if (!"2.16.840.1.101.3.4.2.1".equals(signer.getDigestAlgOID())) {
                return Verification.invalid("the signature's digest is not SHA-256");
            }
            ASN1Encodable digest = signer.getSignedAttributes() == null ? null
                    : signer.getSignedAttributes().get(CMSAttributes.messageDigest) == null ? null
                    : signer.getSignedAttributes().get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0);
            byte[] actual = MessageDigest.getInstance("SHA-256").digest(signedContent(pdf, range));
            if (!(digest instanceof ASN1OctetString d) || !MessageDigest.isEqual(d.getOctets(), actual)) {
                return Verification.invalid("the document was changed after it was signed (digest mismatch)");
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
                return Verification.invalid("the signature value does not verify");
            }
            if (trusted != null && !trusted.equals(cert)) {
                return Verification.invalid("the document was signed by another key than the authority's");
            }
            Attribute t = signer.getSignedAttributes().get(CMSAttributes.signingTime);
            Instant time = t == null ? null : Time.getInstance(t.getAttrValues().getObjectAt(0)).getDate().toInstant();
            return new Verification(true, null, cert, time);
        } catch (IOException e) {
            return Verification.invalid("the document cannot be read as a PDF");
        } catch (CMSException e) {
            return Verification.invalid("the signature value does not verify or cannot be read");
        } catch (OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return Verification.invalid("the signature cannot be checked: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] signedContent(byte[] pdf, int[] range) {
        byte[] b = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], b, 0, range[1]);
        System.arraycopy(pdf, range[2], b, range[1], range[3]);
        return b;
    }
}
