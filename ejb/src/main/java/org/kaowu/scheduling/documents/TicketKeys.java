package org.kaowu.scheduling.documents;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * The key that signs admission-ticket tokens ({@link TicketToken}): 32 random bytes in a file outside the code, by
 * default {@code ticket-hmac.key} in the data directory ({@code -Dkaowu.data.dir}, else WildFly's
 * {@code jboss.server.data.dir}), or the file {@code -Dkaowu.ticket.keyFile} names (nodes of a cluster point it at
 * the same file). Created on first use with SecureRandom, readable by the server's user only. The key is never
 * logged; a changed key makes every ticket printed before it fail the check at the door, so keep the file.
 */
@Singleton
@Lock(LockType.READ)
public class TicketKeys {

    static final String FILE = "ticket-hmac.key";
    private static final int LENGTH = 32;
    private static final Logger LOG = Logger.getLogger(TicketKeys.class.getName());

    private volatile byte[] key;

    /** The key (a copy). */
    public byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = load();
        }
        return k.clone();
    }

    private synchronized byte[] load() {
        if (key == null) {
            key = readOrCreate(location());
        }
        return key;
    }

    static Path location() {
        String file = System.getProperty("kaowu.ticket.keyFile");
        if (file != null && !file.isBlank()) {
            return Path.of(file);
        }
        return dataDir().resolve(FILE);
    }

    /** The data directory: {@code -Dkaowu.data.dir}, else WildFly's {@code jboss.server.data.dir}. */
    public static Path dataDir() {
        return Path.of(System.getProperty("kaowu.data.dir", System.getProperty("jboss.server.data.dir",
                System.getProperty("java.io.tmpdir"))));
    }

    /** Reads the key file, or creates it (first start) with a fresh random key; a second node racing reads the first's. */
    static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[LENGTH];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.write(file, fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException ignored) {
                        // not a POSIX file system: the directory's protection applies
                    }
                    LOG.info("created the admission-ticket signing key file " + file);
                    return fresh;
                } catch (FileAlreadyExistsException raced) {
                    Arrays.fill(fresh, (byte) 0);
                }
            }
            byte[] k = Files.readAllBytes(file);
            if (k.length < LENGTH) {
                throw new IllegalStateException("the admission-ticket key file " + file + " holds fewer than " + LENGTH
                        + " bytes");
            }
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the admission-ticket key file " + file, e);
        }
    }
}
