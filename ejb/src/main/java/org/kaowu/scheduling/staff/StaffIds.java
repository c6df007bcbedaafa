package org.kaowu.scheduling.staff;

import org.kaowu.registration.IdNumbers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one digest of an identity number that recusal compares: a staff member's declared relatives are stored only as
 * this digest, and the candidates seated in a room are digested the same way when a roster is built. SHA-256 over a
 * fixed label and the normalised number ({@link IdNumbers#normalize}), hex.
 */
public final class StaffIds {

    private static final String LABEL = "kaowu:relative:v1\n";

    private StaffIds() {
    }

    public static String digest(String idNumber) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((LABEL + IdNumbers.normalize(idNumber)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
