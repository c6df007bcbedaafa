package org.kaowu.certification.documents;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import java.text.ParseException;
import java.util.Map;

/**
 * A Verifiable Credential secured with JOSE as W3C "Securing Verifiable Credentials using JOSE and COSE" (VC-JOSE-COSE)
 * says: a compact JWS whose payload is the credential itself (no {@code vc} claim), header {@code typ} {@code vc+jwt},
 * {@code cty} {@code vc}, {@code kid} naming the authority's key and {@code alg} that key's (ES256 or RS256).
 * {@link #verify} is what a verifier does with the published JWK Set: the key found by {@code kid}, the algorithm the
 * key's own, the signature over the exact header and payload.
 */
public final class CredentialJws {

    public static final JOSEObjectType TYPE = new JOSEObjectType("vc+jwt");
    public static final String CONTENT_TYPE = "vc";

    private CredentialJws() {
    }

    /** What a verification found: the credential's claims when {@code valid}, else the reason. */
    public record Check(boolean valid, String problem, Map<String, Object> claims) {
        static Check invalid(String problem) {
            return new Check(false, problem, Map.of());
        }
    }

    /** The credential, signed by the authority's key, as a compact JWS. */
    public static String sign(Map<String, Object> credential, AuthorityKey key) {
        JWSHeader header = new JWSHeader.Builder(key.jwsAlgorithm()).type(TYPE).contentType(CONTENT_TYPE)
                .keyID(key.keyId()).build();
        JWSObject jws = new JWSObject(header, new Payload(credential));
        try {
            jws.sign(key.jwsSigner());
        } catch (JOSEException e) {
            throw new IllegalStateException("the credential could not be signed", e);
        }
        return jws.serialize();
    }

    /** Verifies a compact JWS credential with the keys of {@code keys} (the authority's published JWK Set). */
    public static Check verify(String compact, JWKSet keys) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            return Check.invalid("not a compact JWS");
        }
        JWSHeader h = jws.getHeader();
        if (!TYPE.equals(h.getType()) || !CONTENT_TYPE.equals(h.getContentType())) {
            return Check.invalid("not a vc+jwt credential (typ " + h.getType() + ", cty " + h.getContentType() + ")");
        }
        JWK jwk = h.getKeyID() == null ? null : keys.getKeyByKeyId(h.getKeyID());
        if (!(jwk instanceof AsymmetricJWK asymmetric)) {
            return Check.invalid("signed by an unknown key");
        }
        if (jwk.getAlgorithm() != null && !jwk.getAlgorithm().equals(h.getAlgorithm())) {
            return Check.invalid("signed with another algorithm than the key's");
        }
        try {
            JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(h, asymmetric.toPublicKey());
            if (!jws.verify(verifier)) {
                return Check.invalid("the signature does not verify: the credential was altered or not signed by"
                        + " this key");
            }
            Map<String, Object> claims = jws.getPayload().toJSONObject();
            if (claims == null || claims.containsKey("vc") || claims.containsKey("vp")) {
                return Check.invalid("the payload is not a credential");
            }
            return new Check(true, null, claims);
        } catch (JOSEException e) {
            return Check.invalid("the signature cannot be checked with this key");
        }
    }
}
