package org.kaowu.certification.documents;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The W3C Bitstring Status List: read back by a plain reader, signed like a credential; its index allocator. */
class StatusListTest {

    /** What any verifier does with encodedList: drop the multibase 'u', base64url-decode, gunzip. Nothing of ours. */
    static byte[] plainDecode(String encodedList) throws Exception {
        assertEquals('u', encodedList.charAt(0), "multibase base64url");
        assertFalse(encodedList.contains("="), "no padding");
        byte[] gzip = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void bitIIsTheIthBitFromTheLeftAndAPlainReaderFindsTheSetBits() throws Exception {
        StatusList list = new StatusList();
        assertEquals(131_072, list.size());
        int[] revoked = {0, 9, 4711, 65_537, 131_071};
        for (int i : revoked) {
            list.set(i);
        }
        list.set(77);
        list.clear(77);
        byte[] bits = plainDecode(list.encodedList());
        assertEquals(16_384, bits.length, "131,072 entries: 16 KB");
        assertEquals((byte) 0x80, bits[0], "index 0 is the left-most bit of the first byte");
        assertEquals(0x40, bits[1], "index 9 is the second bit of the second byte");
        assertEquals(0x01, bits[16_383], "the last index is the right-most bit of the last byte");
        for (int i = 0; i < 131_072; i++) {
            boolean set = (bits[i / 8] & (0x80 >> (i % 8))) != 0;
            boolean expected = i == 0 || i == 9 || i == 4711 || i == 65_537 || i == 131_071;
            assertEquals(expected, set, "bit " + i);
            assertEquals(expected, list.get(i));
        }
        StatusList again = StatusList.decode(list.encodedList());
        for (int i : revoked) {
            assertTrue(again.get(i));
        }
        assertFalse(again.get(77), "a revocation reversed clears the bit");
        assertTrue(list.encodedList().length() < 400, "an almost empty list compresses to little");
    }

    @Test
    void listsTooSmallOrNotAListAreRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new StatusList(131_064));
        assertThrows(IllegalArgumentException.class, () -> new StatusList(131_073));
        assertThrows(IndexOutOfBoundsException.class, () -> new StatusList().set(131_072));
        assertThrows(IndexOutOfBoundsException.class, () -> new StatusList().get(-1));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode("H4sI"));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode("u!!"));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode("u" + Base64.getUrlEncoder()
                .withoutPadding().encodeToString("not gzip".getBytes())));
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(small)) {
            gz.write(new byte[1024]);
        }
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode("u" + Base64.getUrlEncoder()
                .withoutPadding().encodeToString(small.toByteArray())), "fewer than 131,072 entries");
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 17; i++) {
                gz.write(zeros);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode("u" + Base64.getUrlEncoder()
                .withoutPadding().encodeToString(bomb.toByteArray())), "more than 16 MB unpacked");
    }

    @Test
    void theListIsABitstringStatusListCredentialSignedByTheAuthority() throws Exception {
        StatusList list = new StatusList();
        list.set(4711);
        String url = CertificateFixtures.LIST;
        String jws = list.signedCredential(url, "https://kaowu.example.cn", "人力资源和社会保障部",
                Instant.parse("2027-03-15T02:00:00.123Z"), Instant.parse("2027-03-15T02:05:00Z"),
                CertificateFixtures.key());
        CredentialJws.Check check = CredentialJws.verify(jws,
                JWKSet.parse(CertificateFixtures.key().jwkSet().toString()));
        assertTrue(check.valid(), check.problem());
        Map<String, Object> vc = check.claims();
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), vc.get("type"));
        assertEquals(url, vc.get("id"));
        assertEquals("2027-03-15T02:00:00Z", vc.get("validFrom"));
        assertEquals("2027-03-15T02:05:00Z", vc.get("validUntil"));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) vc.get("credentialSubject");
        assertEquals("BitstringStatusList", subject.get("type"));
        assertEquals("revocation", subject.get("statusPurpose"));
        byte[] bits = plainDecode((String) subject.get("encodedList"));
        assertEquals(0x01 << (7 - 4711 % 8), bits[4711 / 8] & 0xFF, "the revoked certificate's bit, read by anyone");

        // a certificate's status entry points at this list and bit
        Map<String, Object> entry = StatusList.entry(url, 4711);
        assertEquals(url, entry.get("statusListCredential"));
        assertTrue(StatusList.decode((String) subject.get("encodedList"))
                .get(Integer.parseInt((String) entry.get("statusListIndex"))));
    }

    @Test
    void indexesAreRandomNeverReusedAndTheListFillsToTheLastEntry() {
        BitSet taken = new BitSet();
        taken.set(0, 10);
        StatusIndexes indexes = new StatusIndexes(StatusList.MIN_SIZE, taken, new Random(42));
        Set<Integer> drawn = new HashSet<>();
        int ascending = 0;
        int previous = -1;
        for (int i = 0; i < 5000; i++) {
            int next = indexes.next();
            assertTrue(next >= 10 && next < StatusList.MIN_SIZE, "never a taken index: " + next);
            assertTrue(drawn.add(next), "never twice: " + next);
            ascending += next > previous ? 1 : 0;
            previous = next;
        }
        assertTrue(ascending > 2000 && ascending < 3000, "random, not sequential: " + ascending + " of 5000 ascend");
        assertEquals(StatusList.MIN_SIZE - 10 - 5000, indexes.free());
        assertEquals(new StatusIndexes(StatusList.MIN_SIZE, taken, new Random(42)).next(),
                new StatusIndexes(StatusList.MIN_SIZE, taken, new Random(42)).next(), "pure given its random source");

        StatusIndexes small = new StatusIndexes(64, new BitSet(), new Random(1));
        BitSet all = new BitSet();
        for (int i = 0; i < 64; i++) {
            int next = small.next();
            assertFalse(all.get(next), "never twice, even when almost full");
            all.set(next);
        }
        assertEquals(64, all.cardinality());
        assertThrows(IllegalStateException.class, small::next, "a full list says so");
        BitSet outside = new BitSet();
        outside.set(64);
        assertThrows(IllegalArgumentException.class, () -> new StatusIndexes(64, outside, new Random(1)));
    }
}
