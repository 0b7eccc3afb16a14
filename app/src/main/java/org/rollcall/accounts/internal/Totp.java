package org.rollcall.accounts.internal;

import java.time.Instant;
import java.util.OptionalLong;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30-second steps: what every authenticator app reads from the QR code) through
 * dev.samstevens.totp (ADR 0021). Steps are counted on the app clock's instant, passed in; the library's own
 * verifier reads the system clock and does not say which step matched, which the replay check needs.
 */
final class Totp {

    static final int PERIOD_SECONDS = 30;
    static final String ISSUER = "Rollcall";

    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private Totp() {
    }

    /** A new base32 secret of 160 bits. */
    static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    static String code(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot compute a TOTP code", e);
        }
    }

    /** The step, within one either side of {@code now}'s, whose code {@code code} is; empty if none. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (java.security.MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// QR code as a PNG data URI, for an {@code <img>}. */
    static String qrDataUri(String secret, String username) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            png.setImageSize(240);
            return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }
}
