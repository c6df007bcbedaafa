package org.kaowu.certification.documents;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.kaowu.scheduling.documents.TicketKeys;
import org.kaowu.shared.AuthorityClock;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

/**
 * The issuing authority's key (see {@link AuthorityKey}): from the PKCS#12 keystore configured outside the code, else
 * a demo key.
 * <ul>
 * <li>{@code -Dkaowu.certification.keystore=/path/authority.p12} with {@code -Dkaowu.certification.keystorePassword}
 * (or {@code -Dkaowu.certification.keystorePasswordFile}, a file whose first line is the password) and
 * {@code -Dkaowu.certification.keyAlias} (optional when the keystore holds one key). The key's password is the
 * keystore's. A configured keystore that cannot be read stops issuance with the reason; it never falls back to the
 * demo key.</li>
 * <li>Otherwise a demo key: EC P-256 with a self-signed certificate whose subject says it is a demo authority,
 * generated once with SecureRandom and kept as {@code certification-demo-authority.p12} in the data directory
 * ({@code -Dkaowu.data.dir}, else WildFly's {@code jboss.server.data.dir}), readable by the server's user only and
 * reused across restarts (nodes of a cluster point {@code kaowu.data.dir} at a shared directory). Its password is the
 * fixed {@link #DEMO_PASSWORD}: like the admission-ticket key, the file's permissions are its protection.</li>
 * </ul>
 * Key material is never logged.
 */
@Singleton
@Lock(LockType.READ)
public class AuthorityKeys {

    public static final String KEYSTORE = "kaowu.certification.keystore";
    public static final String KEYSTORE_PASSWORD = "kaowu.certification.keystorePassword";
    public static final String KEYSTORE_PASSWORD_FILE = "kaowu.certification.keystorePasswordFile";
    public static final String KEY_ALIAS = "kaowu.certification.keyAlias";
    static final String DEMO_FILE = "certification-demo-authority.p12";
    static final String DEMO_ALIAS = "demo-authority";
    static final char[] DEMO_PASSWORD = "kaowu-demo-authority".toCharArray();
    /** The demo authority's name, in its certificate's subject. */
    static final String DEMO_NAME = "考务演示发证机关 Kaowu DEMO authority (not a real authority)";
    private static final Logger LOG = Logger.getLogger(AuthorityKeys.class.getName());

    @Inject
    AuthorityClock clock;

    private volatile AuthorityKey key;

    /** The key that signs certificates, credentials and status lists. */
    public AuthorityKey key() {
        AuthorityKey k = key;
        return k != null ? k : load();
    }

    private synchronized AuthorityKey load() {
        if (key == null) {
            key = configuredOrDemo(clock == null ? Instant.now() : clock.now());
        }
        return key;
    }

    static AuthorityKey configuredOrDemo(Instant now) {
        String keystore = System.getProperty(KEYSTORE);
        if (keystore != null && !keystore.isBlank()) {
            return fromKeystore(Path.of(keystore), password(), System.getProperty(KEY_ALIAS));
        }
        LOG.warning("no authority keystore configured (-D" + KEYSTORE + "): certificates are signed with the demo"
                + " authority's key, which nobody trusts");
        return demo(TicketKeys.dataDir(), now);
    }

    private static char[] password() {
        String file = System.getProperty(KEYSTORE_PASSWORD_FILE);
        if (file != null && !file.isBlank()) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
                return lines.isEmpty() ? new char[0] : lines.get(0).toCharArray();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the authority keystore's password file named by -D"
                        + KEYSTORE_PASSWORD_FILE, e);
            }
        }
        String p = System.getProperty(KEYSTORE_PASSWORD);
        if (p == null) {
            throw new IllegalStateException("-D" + KEYSTORE + " is set but neither -D" + KEYSTORE_PASSWORD + " nor -D"
                    + KEYSTORE_PASSWORD_FILE + ": give the keystore's password");
        }
        return p.toCharArray();
    }

    /**
     * The key of a PKCS#12 keystore: the entry {@code alias}, or the keystore's only key entry when alias is null.
     * Refused with the reason when the file is missing, the password wrong, the alias absent or ambiguous.
     */
    static AuthorityKey fromKeystore(Path file, char[] password, String alias) {
        KeyStore ks;
        try (InputStream in = Files.newInputStream(file)) {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the authority keystore " + file + " (missing, not PKCS#12, or"
                    + " the password is wrong)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the authority keystore " + file, e);
        }
        try {
            String a = alias == null || alias.isBlank() ? onlyKey(ks, file) : alias;
            if (!ks.isKeyEntry(a)) {
                throw new IllegalStateException("the authority keystore " + file + " has no key entry " + a
                        + " (-D" + KEY_ALIAS + ")");
            }
            PrivateKey pk = (PrivateKey) ks.getKey(a, password);
            Certificate[] chain = ks.getCertificateChain(a);
            if (chain == null || chain.length == 0) {
                throw new IllegalStateException("the key " + a + " of " + file + " has no certificate");
            }
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : chain) {
                certs.add((X509Certificate) c);
            }
            return new AuthorityKey(pk, certs, false);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key of the authority keystore " + file, e);
        }
    }

    private static String onlyKey(KeyStore ks, Path file) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String a : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(a)) {
                keys.add(a);
            }
        }
        if (keys.size() != 1) {
            throw new IllegalStateException("the authority keystore " + file + " holds " + keys.size() + " keys: name"
                    + " one with -D" + KEY_ALIAS);
        }
        return keys.get(0);
    }

    /** The demo key of {@code dir}: read when its file exists, else generated and written (once, even if raced). */
    static AuthorityKey demo(Path dir, Instant now) {
        Path file = dir.resolve(DEMO_FILE);
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "authority-", ".tmp");
                try {
                    try {
                        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException ignored) {
                        // not a POSIX file system: the directory's protection applies
                    }
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        generateDemo(now).store(out, DEMO_PASSWORD);
                    }
                    Files.createLink(file, tmp); // fails when another node or thread wrote it first: theirs is read
                    LOG.info("created the demo authority's signing key " + file);
                } catch (FileAlreadyExistsException raced) {
                    // read below
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the demo authority's key file " + file, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot store the demo authority's key", e);
            }
        }
        AuthorityKey k = fromKeystore(file, DEMO_PASSWORD, DEMO_ALIAS);
        return new AuthorityKey(k.privateKey(), k.chain(), true);
    }

    /** A keystore with a fresh EC P-256 key and a self-signed certificate of the demo authority, valid 20 years. */
    static KeyStore generateDemo(Instant now) throws GeneralSecurityException, IOException {
        SecureRandom random = new SecureRandom();
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair pair = g.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, "Kaowu (DEMO)")
                .addRDN(BCStyle.CN, DEMO_NAME)
                .build();
        Instant from = now.minus(Duration.ofDays(1));
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, new BigInteger(128, random).abs()
                .add(BigInteger.ONE), Date.from(from), Date.from(from.plus(Duration.ofDays(20 * 366))), subject,
                pair.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
        X509CertificateHolder holder;
        try {
            holder = b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the demo certificate", e);
        }
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(DEMO_ALIAS, pair.getPrivate(), DEMO_PASSWORD, new Certificate[]{cert});
        return ks;
    }
}
