package org.rollcall.recordings;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** SHA-256 helpers shared by the store and the spool: recordings are identified by lower-case hex digests. */
public final class Sha256 {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /**
     * Normalises an expected digest to lower-case hex; null stays null.
     *
     * @throws InvalidRecordingException when it is not 64 hex digits
     */
    public static String requireHexOrNull(String sha256) {
        if (sha256 == null) {
            return null;
        }
        String hex = sha256.strip().toLowerCase(Locale.ROOT);
        if (!HEX.matcher(hex).matches()) {
            throw new InvalidRecordingException("the expected SHA-256 '" + sha256 + "' is not 64 hex digits; "
                    + "pass the hex digest of the WAV file, or null to accept what is computed");
        }
        return hex;
    }

    public static InvalidRecordingException mismatch(RecordingKey key, String expected, String actual) {
        return new InvalidRecordingException("the recording " + key + " is corrupt: its SHA-256 is " + actual
                + " but " + expected + " was expected; nothing was stored, send the original file again");
    }
}
