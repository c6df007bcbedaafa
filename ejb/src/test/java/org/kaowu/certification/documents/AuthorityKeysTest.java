package org.kaowu.certification.documents;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The authority's key: a configured PKCS#12 keystore when given, else a demo key made once and kept. */
class AuthorityKeysTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearProperties() {
        for (String p : new String[]{AuthorityKeys.KEYSTORE, AuthorityKeys.KEYSTORE_PASSWORD,
                AuthorityKeys.KEYSTORE_PASSWORD_FILE, AuthorityKeys.KEY_ALIAS, "kaowu.data.dir"}) {
            System.clearProperty(p);
        }
    }

    @Test
    void theDemoKeyIsMadeOnceKeptUnderTheDataDirectoryAndReused() throws Exception {
        System.setProperty("kaowu.data.dir", dir.toString());
        AuthorityKey first = AuthorityKeys.configuredOrDemo(CertificateFixtures.NOW);
        Path file = dir.resolve(AuthorityKeys.DEMO_FILE);
        assertTrue(Files.exists(file), "kept in the data directory");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "readable by the server's user only");
        assertTrue(first.demo());
        assertEquals("EC", first.privateKey().getAlgorithm());
        assertTrue(first.certificate().getSubjectX500Principal().getName().contains("DEMO"),
                "the certificate says it is a demo authority");
        first.certificate().verify(first.certificate().getPublicKey()); // self-signed
        first.certificate().checkValidity(Date.from(CertificateFixtures.NOW));

        AuthorityKey again = AuthorityKeys.configuredOrDemo(CertificateFixtures.NOW.plus(Duration.ofDays(400)));
        assertArrayEquals(first.privateKey().getEncoded(), again.privateKey().getEncoded(), "the same key after a"
                + " restart");
        assertEquals(first.certificate(), again.certificate());
        assertEquals(first.keyId(), again.keyId());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        assertFalse(first.toString().contains(java.util.HexFormat.of().formatHex(first.privateKey().getEncoded())),
                "the key's text never shows the private key");
    }

    @Test
    void aConfiguredKeystoreIsUsedAndItsProblemsAreNamed() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(3072);
        KeyPair pair = g.generateKeyPair();
        X500Name name = new X500Name("CN=人力资源和社会保障部人事考试中心, O=MOHRSS, C=CN");
        Instant now = CertificateFixtures.NOW;
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.TEN, Date.from(now), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        char[] password = "s3cret-pass".toCharArray();
        ks.setKeyEntry("authority", pair.getPrivate(), password, new Certificate[]{cert});
        Path file = dir.resolve("authority.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password);
        }
        System.setProperty("kaowu.data.dir", dir.resolve("data").toString());
        System.setProperty(AuthorityKeys.KEYSTORE, file.toString());
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, "s3cret-pass\n");
        System.setProperty(AuthorityKeys.KEYSTORE_PASSWORD_FILE, passwordFile.toString());

        AuthorityKey key = AuthorityKeys.configuredOrDemo(now);
        assertFalse(key.demo());
        assertEquals(cert, key.certificate());
        assertArrayEquals(pair.getPrivate().getEncoded(), key.privateKey().getEncoded());
        assertEquals("RS256", key.jwsAlgorithm().getName());
        assertEquals("SHA256withRSA", key.cmsAlgorithm());
        assertFalse(Files.exists(dir.resolve("data").resolve(AuthorityKeys.DEMO_FILE)), "no demo key is made");

        // an RSA authority signs PDFs and credentials that verify too
        byte[] pdf = PdfSignaturesTest.signedCertificate(key);
        PdfSignatures.Verification v = PdfSignatures.verify(pdf, cert);
        assertTrue(v.valid(), v.problem());
        String jws = CertificateCredential.issue(CertificateFixtures.content(), "https://kaowu.example.cn", key);
        assertTrue(CredentialJws.verify(jws, key.jwkSet()).valid());

        System.clearProperty(AuthorityKeys.KEYSTORE_PASSWORD_FILE);
        System.setProperty(AuthorityKeys.KEYSTORE_PASSWORD, "wrong");
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> AuthorityKeys.configuredOrDemo(now));
        assertTrue(wrong.getMessage().contains("password is wrong"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("s3cret"), "the password is never in a message");

        System.setProperty(AuthorityKeys.KEYSTORE_PASSWORD, "s3cret-pass");
        System.setProperty(AuthorityKeys.KEY_ALIAS, "nobody");
        IllegalStateException alias = assertThrows(IllegalStateException.class,
                () -> AuthorityKeys.configuredOrDemo(now));
        assertTrue(alias.getMessage().contains("no key entry nobody"), alias.getMessage());

        System.clearProperty(AuthorityKeys.KEY_ALIAS);
        System.clearProperty(AuthorityKeys.KEYSTORE_PASSWORD);
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> AuthorityKeys.configuredOrDemo(now));
        assertTrue(none.getMessage().contains(AuthorityKeys.KEYSTORE_PASSWORD), none.getMessage());

        System.setProperty(AuthorityKeys.KEYSTORE, dir.resolve("missing.p12").toString());
        System.setProperty(AuthorityKeys.KEYSTORE_PASSWORD, "x");
        assertThrows(IllegalStateException.class, () -> AuthorityKeys.configuredOrDemo(now),
                "a configured keystore that cannot be read never falls back to the demo key");
    }

    @Test
    void weakOrForeignKeysAreRefused() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        KeyPair weak = g.generateKeyPair();
        X509Certificate demoCert = CertificateFixtures.key().certificate();
        assertThrows(IllegalArgumentException.class,
                () -> new AuthorityKey(weak.getPrivate(), java.util.List.of(demoCert), false));
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new java.security.spec.ECGenParameterSpec("secp384r1"));
        KeyPair p384 = ec.generateKeyPair();
        assertThrows(IllegalArgumentException.class,
                () -> new AuthorityKey(p384.getPrivate(), java.util.List.of(demoCert), false));
    }
}
