package org.kaowu.certification.documents;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate as a W3C Verifiable Credential (vc+jwt): what it says, and that a verifier can trust it. */
class CertificateCredentialTest {

    static final String ISSUER = "https://kaowu.example.cn";

    /** The JWK Set as a verifier downloads it: JSON text, parsed again, public parts only. */
    static JWKSet published() throws Exception {
        String json = CertificateFixtures.key().jwkSet().toString();
        assertFalse(json.contains("\"d\""), "the published key set holds no private key");
        return JWKSet.parse(json);
    }

    @Test
    void theCredentialSaysWhatTheCertificateSaysWithTheIdNumberMasked() {
        Map<String, Object> vc = CertificateCredential.credential(CertificateFixtures.content(), ISSUER);
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2"), vc.get("@context"));
        assertEquals(List.of("VerifiableCredential", "QualificationCertificateCredential"), vc.get("type"));
        assertEquals("https://kaowu.example.cn/public/verify?code=7K3Q9ZD2MXH4TPWA", vc.get("id"));
        assertEquals(Map.of("id", ISSUER, "name", "人力资源和社会保障部"), vc.get("issuer"));
        assertEquals("2027-03-15T00:00:00+08:00", vc.get("validFrom"));
        assertEquals("2030-03-14T23:59:59+08:00", vc.get("validUntil"));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) vc.get("credentialSubject");
        assertEquals("欧阳文静", subject.get("name"));
        assertEquals("1101**********002X", subject.get("idNumberMasked"));
        assertEquals("JZ2027110000123", subject.get("certificateNumber"));
        assertEquals("GL-1100-2027-000123", subject.get("managementNumber"));
        assertEquals("2027-03-15", subject.get("approvalDate"));
        assertEquals(Map.of("type", "Qualification", "name", "一级建造师", "subItem", "建筑工程", "level", "一级",
                "catalogueEdition", "2"), subject.get("qualification"));
        assertFalse(vc.toString().contains("11010519491231002X"), "the full identity number is nowhere in it");
        assertEquals(Map.of("id", CertificateFixtures.LIST + "#4711", "type", "BitstringStatusListEntry",
                "statusPurpose", "revocation", "statusListIndex", "4711",
                "statusListCredential", CertificateFixtures.LIST), vc.get("credentialStatus"));
        assertThrows(IllegalArgumentException.class,
                () -> CertificateCredential.credential(CertificateFixtures.content(), "http://kaowu.example.cn"),
                "the issuer is an https address");
        CertificateCredential.credential(CertificateFixtures.content(), "http://localhost:8080");
    }

    @Test
    void itIsAVcJwtThatVerifiesWithThePublishedKey() throws Exception {
        String jws = CertificateCredential.issue(CertificateFixtures.content(), ISSUER, CertificateFixtures.key());
        JWSObject parsed = JWSObject.parse(jws);
        assertEquals("vc+jwt", parsed.getHeader().getType().getType());
        assertEquals("vc", parsed.getHeader().getContentType());
        assertEquals("ES256", parsed.getHeader().getAlgorithm().getName());
        assertEquals(CertificateFixtures.key().keyId(), parsed.getHeader().getKeyID());
        CredentialJws.Check check = CredentialJws.verify(jws, published());
        assertTrue(check.valid(), check.problem());
        assertEquals(JSONObjectUtils.parse(JSONObjectUtils.toJSONString(
                CertificateCredential.credential(CertificateFixtures.content(), ISSUER))), check.claims());
        JWK jwk = published().getKeys().get(0);
        assertEquals(CertificateFixtures.key().certificate().getPublicKey(), jwk.toECKey().toPublicKey());
        assertEquals(jwk.computeThumbprint().toString(), jwk.getKeyID(), "the kid is the key's thumbprint");
    }

    @Test
    void alteringAnyClaimBreaksTheSignature() throws Exception {
        String jws = CertificateCredential.issue(CertificateFixtures.content(), ISSUER, CertificateFixtures.key());
        String[] parts = jws.split("\\.");
        Map<String, Object> claims = JSONObjectUtils.parse(new Base64URL(parts[1]).decodeToString());
        List<List<Object>> paths = new ArrayList<>();
        leaves(claims, new ArrayList<>(), paths);
        assertTrue(paths.size() >= 25, "every claim is tried: " + paths.size());
        JWKSet keys = published();
        for (List<Object> path : paths) {
            Map<String, Object> altered = JSONObjectUtils.parse(JSONObjectUtils.toJSONString(claims));
            alter(altered, path);
            String forged = parts[0] + "." + Base64URL.encode(JSONObjectUtils.toJSONString(altered)) + "." + parts[2];
            CredentialJws.Check check = CredentialJws.verify(forged, keys);
            assertFalse(check.valid(), "altering " + path + " is detected");
        }
        // a claim added, and a header changed, are detected as well
        Map<String, Object> added = new LinkedHashMap<>(claims);
        added.put("note", "valid forever");
        assertFalse(CredentialJws.verify(parts[0] + "." + Base64URL.encode(JSONObjectUtils.toJSONString(added)) + "."
                + parts[2], keys).valid());
        Map<String, Object> header = JSONObjectUtils.parse(new Base64URL(parts[0]).decodeToString());
        assertEquals("vc", header.remove("cty"));
        String noCty = Base64URL.encode(JSONObjectUtils.toJSONString(header)).toString();
        assertFalse(CredentialJws.verify(noCty + "." + parts[1] + "." + parts[2], keys).valid());
        // and the same credential signed by another key does not verify with the authority's
        AuthorityKey other = AuthorityKeys.demo(Files.createTempDirectory("kaowu-other"), CertificateFixtures.NOW);
        assertFalse(CredentialJws.verify(CertificateCredential.issue(CertificateFixtures.content(), ISSUER, other),
                keys).valid());
        assertFalse(CredentialJws.verify("not.a.jws", keys).valid());
    }

    @SuppressWarnings("unchecked")
    static void leaves(Object node, List<Object> path, List<List<Object>> out) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                List<Object> p = new ArrayList<>(path);
                p.add(e.getKey());
                leaves(e.getValue(), p, out);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                leaves(l.get(i), p, out);
            }
        } else {
            out.add(path);
        }
    }

    @SuppressWarnings("unchecked")
    static void alter(Object root, List<Object> path) {
        Object node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object k = path.get(i);
            node = k instanceof Integer n ? ((List<Object>) node).get(n) : ((Map<String, Object>) node).get(k);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer n) {
            List<Object> list = (List<Object>) node;
            list.set(n, list.get(n) + "x");
        } else {
            Map<String, Object> map = (Map<String, Object>) node;
            map.put((String) last, map.get(last) + "x");
        }
    }
}
