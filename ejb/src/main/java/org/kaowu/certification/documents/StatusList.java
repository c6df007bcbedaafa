package org.kaowu.certification.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List v1.0 for the purpose "revocation": one bit per certificate, set when it is revoked.
 * At least {@value #MIN_SIZE} entries (16 KB, the spec's minimum, so that one certificate's bit hides among many);
 * bit {@code i} is bit {@code 7 - i % 8} of byte {@code i / 8} (index 0 is the left-most bit of the first byte). The
 * published form, {@code encodedList}, is the multibase base64url encoding (prefix {@code u}, no padding) of the GZIP of
 * the bitstring. The list is itself a credential ({@code BitstringStatusListCredential}) signed like a certificate's
 * ({@link CredentialJws}). Not thread-safe: one list is built per request or per change.
 */
public final class StatusList {

    public static final int MIN_SIZE = 131_072;
    /** The largest list decoded (16 MB of bits unpacked): a bound on what a hostile list can make us inflate. */
    static final int MAX_BYTES = 16 << 20;
    public static final String PURPOSE = "revocation";

    private final byte[] bits;

    /** An empty list of {@link #MIN_SIZE} entries. */
    public StatusList() {
        this(MIN_SIZE);
    }

    /** An empty list of {@code size} entries: at least {@link #MIN_SIZE}, a multiple of 8. */
    public StatusList(int size) {
        if (size < MIN_SIZE || size % 8 != 0 || size / 8 > MAX_BYTES) {
            throw new IllegalArgumentException("a status list has at least " + MIN_SIZE + " entries, a multiple of 8,"
                    + " and at most " + (MAX_BYTES * 8L));
        }
        this.bits = new byte[size / 8];
    }

    private StatusList(byte[] bits) {
        this.bits = bits;
    }

    public int size() {
        return bits.length * 8;
    }

    public boolean get(int index) {
        check(index);
        return (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    /** Marks the entry revoked. */
    public void set(int index) {
        check(index);
        bits[index >>> 3] |= (byte) (0x80 >>> (index & 7));
    }

    /** Marks the entry in force again (a revocation reversed). */
    public void clear(int index) {
        check(index);
        bits[index >>> 3] &= (byte) ~(0x80 >>> (index & 7));
    }

    private void check(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("status list index " + index + " is outside 0.." + (size() - 1));
        }
    }

    /** The multibase base64url (prefix {@code u}, no padding) of the GZIP of the bitstring. */
    public String encodedList() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + bits.length / 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The list an {@code encodedList} describes; refused when it is not one (or would unpack beyond 16 MB). */
    public static StatusList decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("an encodedList is multibase base64url: it starts with 'u'");
        }
        byte[] gzip;
        try {
            gzip = Base64.getUrlDecoder().decode(encodedList.substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the encodedList is not base64url", e);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            byte[] bits = in.readNBytes(MAX_BYTES + 1);
            if (bits.length > MAX_BYTES || bits.length * 8 < MIN_SIZE) {
                throw new IllegalArgumentException("the status list holds " + (bits.length * 8L) + " entries, not "
                        + MIN_SIZE + " to " + (MAX_BYTES * 8L));
            }
            return new StatusList(bits);
        } catch (IOException e) {
            throw new IllegalArgumentException("the encodedList is not GZIP data", e);
        }
    }

    /** A certificate's {@code credentialStatus}: a BitstringStatusListEntry for revocation. */
    public static Map<String, Object> entry(String listUrl, int index) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", listUrl + "#" + index);
        e.put("type", "BitstringStatusListEntry");
        e.put("statusPurpose", PURPOSE);
        e.put("statusListIndex", Integer.toString(index));
        e.put("statusListCredential", listUrl);
        return e;
    }

    /**
     * The list as a BitstringStatusListCredential: {@code id} the list's URL, issued by the authority, valid from
     * {@code validFrom} (to the second) and, when {@code validUntil} is not null, until then (verifiers fetch it anew).
     */
    public Map<String, Object> credential(String listUrl, String issuerId, String issuerName, Instant validFrom,
                                          Instant validUntil) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(CertificateCredential.CONTEXT));
        vc.put("id", listUrl);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", CertificateCredential.issuer(issuerId, issuerName));
        vc.put("validFrom", utc(validFrom));
        if (validUntil != null) {
            vc.put("validUntil", utc(validUntil));
        }
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", listUrl + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", PURPOSE);
        subject.put("encodedList", encodedList());
        vc.put("credentialSubject", subject);
        return vc;
    }

    /** {@link #credential} signed by the authority's key, as a compact JWS ({@code vc+jwt}). */
    public String signedCredential(String listUrl, String issuerId, String issuerName, Instant validFrom,
                                   Instant validUntil, AuthorityKey key) {
        return CredentialJws.sign(credential(listUrl, issuerId, issuerName, validFrom, validUntil), key);
    }

    private static String utc(Instant t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
