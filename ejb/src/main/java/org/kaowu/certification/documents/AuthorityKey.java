package org.kaowu.certification.documents;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The issuing authority's signing key and its X.509 certificate chain (the signer's certificate first), as
 * {@link AuthorityKeys} loads them. One key signs the PDFs (CMS, SHA-256) and the credentials and status lists (JWS):
 * EC P-256 (ES256, SHA256withECDSA) or RSA of at least 2,048 bits (RS256, SHA256withRSA). The key id is the RFC 7638
 * thumbprint of the public key, so it names this key and no other. {@link #toString} never shows the private key.
 */
public record AuthorityKey(PrivateKey privateKey, List<X509Certificate> chain, boolean demo) {

    public AuthorityKey {
        if (privateKey == null || chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("an authority key needs its private key and its certificate");
        }
        chain = List.copyOf(chain);
        if (privateKey instanceof ECPrivateKey ec) {
            if (!(chain.get(0).getPublicKey() instanceof ECPublicKey pub)
                    || Curve.forECParameterSpec(pub.getParams()) != Curve.P_256
                    || Curve.forECParameterSpec(ec.getParams()) != Curve.P_256) {
                throw new IllegalArgumentException("an EC authority key must be on the P-256 curve, with its"
                        + " certificate's key on the same curve");
            }
        } else if (privateKey instanceof RSAPrivateKey rsa) {
            if (rsa.getModulus().bitLength() < 2048 || !(chain.get(0).getPublicKey() instanceof RSAPublicKey)) {
                throw new IllegalArgumentException("an RSA authority key must have at least 2,048 bits, with an RSA"
                        + " certificate");
            }
        } else {
            throw new IllegalArgumentException("the authority key must be EC P-256 or RSA (found "
                    + privateKey.getAlgorithm() + ")");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    boolean ec() {
        return privateKey instanceof ECPrivateKey;
    }

    /** The JWS algorithm of this key. */
    public JWSAlgorithm jwsAlgorithm() {
        return ec() ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
    }

    /** The JCA name of the CMS signature (SHA-256 with this key). */
    public String cmsAlgorithm() {
        return ec() ? "SHA256withECDSA" : "SHA256withRSA";
    }

    JWSSigner jwsSigner() {
        try {
            return ec() ? new ECDSASigner((ECPrivateKey) privateKey) : new RSASSASigner(privateKey);
        } catch (JOSEException e) {
            throw new IllegalStateException("the authority key cannot sign a JWS", e);
        }
    }

    /** The public key as a JWK: key id, use "sig", algorithm and the certificate chain ({@code x5c}). */
    public JWK publicJwk() {
        try {
            List<Base64> x5c = new ArrayList<>();
            for (X509Certificate c : chain) {
                x5c.add(Base64.encode(c.getEncoded()));
            }
            JWK bare = ec()
                    ? new ECKey.Builder(Curve.P_256, (ECPublicKey) certificate().getPublicKey()).build()
                    : new RSAKey.Builder((RSAPublicKey) certificate().getPublicKey()).build();
            String kid = bare.computeThumbprint().toString();
            return ec()
                    ? new ECKey.Builder((ECKey) bare).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(jwsAlgorithm())
                    .x509CertChain(x5c).build()
                    : new RSAKey.Builder((RSAKey) bare).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(jwsAlgorithm())
                    .x509CertChain(x5c).build();
        } catch (JOSEException | CertificateEncodingException e) {
            throw new IllegalStateException("the authority's public key cannot be written as a JWK", e);
        }
    }

    /** The key id ({@code kid}) of JWS headers and the JWK. */
    public String keyId() {
        return publicJwk().getKeyID();
    }

    /** What verifiers fetch: the public key alone, as a JWK Set. */
    public JWKSet jwkSet() {
        return new JWKSet(publicJwk());
    }

    @Override
    public String toString() {
        return "AuthorityKey[" + privateKey.getAlgorithm() + ", " + certificate().getSubjectX500Principal().getName()
                + (demo ? ", demo" : "") + "]";
    }
}
