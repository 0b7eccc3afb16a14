package org.rollcall.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.rollcall.accounts.AccountsProperties;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;

/**
 * The TOTP second factor: who needs one, enrolment with recovery codes, checking a code (each 30-second step once,
 * one step either side accepted; a recovery code once), and an admin's reset. Wrong codes count towards the sign-in
 * lockout like wrong passwords. Public for the sign-in screens in {@code accounts.ui}; not part of the module's API.
 */
@Service
public class SecondFactors {

    private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

    static final int RECOVERY_CODES = 10;

    /** A secret offered for enrolment, not stored until a code from it is confirmed. */
    public record Enrolment(String secret, String qrDataUri) {

        /** The secret in groups of four, as people type it into an app. */
        public String secretForReading() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountsProperties properties;
    private final SecondFactorCipher cipher;
    private final AuditLog audit;
    private final SignInThrottle throttle;

    SecondFactors(JdbcClient jdbc, Clock clock, AccountsProperties properties, SecondFactorCipher cipher,
                  AuditLog audit, SignInThrottle throttle) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.cipher = cipher;
        this.audit = audit;
        this.throttle = throttle;
        if (properties.secondFactor() == AccountsProperties.SecondFactor.OFF) {
            log.warn("Second factor off: every user signs in with their password alone "
                    + "(rollcall.accounts.second-factor=off, the demo profile and tests); never in production");
        } else if (properties.basicAuth()) {
            log.warn("Staff HTTP Basic is on: on /api/** and /ws/** a password alone signs in, without the second "
                    + "factor ({} must give one on screen); set rollcall.accounts.basic-auth=false in production",
                    properties.secondFactorRoles());
        }
    }

    /** Whether this user gives a code after the password: their role requires it, or they enrolled anyway. */
    @Transactional(readOnly = true)
    public boolean appliesTo(Caller user) {
        return properties.secondFactor() == AccountsProperties.SecondFactor.REQUIRED
                && (properties.secondFactorRoles().contains(user.role()) || enrolled(user));
    }

    @Transactional(readOnly = true)
    public boolean enrolled(Caller user) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM second_factor WHERE user_id = ?)")
                .param(user.userId().value()).query(Boolean.class).single();
    }

    public Enrolment startEnrolment(Caller user) {
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.qrDataUri(secret, user.name()));
    }

    /**
     * Stores the secret once a code from it is right, with new recovery codes, which are returned to be shown
     * once; empty if the code is wrong (counted towards the lockout) or the user or address must wait.
     */
    @Transactional
    public Optional<List<String>> confirmEnrolment(Caller user, Enrolment enrolment, String code, String source) {
        if (throttle.lockedUntil(user.name(), source).isPresent()) {
            return Optional.empty();
        }
        OptionalLong step = Totp.matchingStep(enrolment.secret(), digits(code), clock.instant());
        if (step.isEmpty()) {
            throttle.failed(user.name(), source);
            return Optional.empty();
        }
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM second_factor WHERE user_id = ?").param(user.userId().value()).update();
        jdbc.sql("INSERT INTO second_factor (user_id, secret_encrypted, enrolled_at, last_step) VALUES (?, ?, ?, ?)")
                .params(user.userId().value(), cipher.encrypt(enrolment.secret()), Timestamp.from(now),
                        step.getAsLong())
                .update();
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        for (String recovery : codes) {
            jdbc.sql("INSERT INTO recovery_code (user_id, code_sha256) VALUES (?, ?)")
                    .params(user.userId().value(), sha256(recovery)).update();
        }
        throttle.succeeded(user.name());
        audit.record(user.name(), "second factor enrolled", "user", user.name(), null);
        return Optional.of(codes);
    }

    /**
     * Whether {@code code} is this user's current code (a step not used before) or one of their unused recovery
     * codes, which is then used up. A wrong code counts towards the lockout; while the user or the address must
     * wait, every code is refused.
     */
    @Transactional
    public boolean verify(Caller user, String code, String source) {
        if (throttle.lockedUntil(user.name(), source).isPresent()) {
            return false;
        }
        UUID id = user.userId().value();
        boolean right = digits(code).matches("\\d{6}") ? totp(id, digits(code)) : recovery(user, code);
        if (right) {
            throttle.succeeded(user.name());
        } else {
            throttle.failed(user.name(), source);
        }
        return right;
    }

    private boolean totp(UUID id, String code) {
        Optional<String> secret = jdbc.sql("SELECT secret_encrypted FROM second_factor WHERE user_id = ?").param(id)
                .query(String.class).optional().map(cipher::decrypt);
        OptionalLong step = secret.isEmpty() ? OptionalLong.empty()
                : Totp.matchingStep(secret.get(), code, clock.instant());
        // Only a step after the last one accepted: a code seen over a shoulder or replayed is refused. One UPDATE,
        // so two requests racing with the same code cannot both win.
        return step.isPresent() && jdbc.sql("UPDATE second_factor SET last_step = ? WHERE user_id = ? AND last_step < ?")
                .params(step.getAsLong(), id, step.getAsLong()).update() == 1;
    }

    private boolean recovery(Caller user, String code) {
        String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        boolean used = !normalised.isEmpty() && jdbc.sql("""
                        UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_sha256 = ? AND used_at IS NULL""")
                .params(Timestamp.from(clock.instant()), user.userId().value(), sha256(normalised)).update() == 1;
        if (used) {
            long left = jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL")
                    .param(user.userId().value()).query(Long.class).single();
            audit.record(user.name(), "recovery code used", "user", user.name(), left + " left");
        }
        return used;
    }

    /** Forgets the user's second factor and recovery codes: they enrol again at their next sign-in. */
    @Transactional
    public boolean reset(Caller user, String actor) {
        boolean had = jdbc.sql("DELETE FROM second_factor WHERE user_id = ?").param(user.userId().value())
                .update() > 0;
        if (had) {
            audit.record(actor, "second factor reset", "user", user.name(), null);
        }
        return had;
    }

    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
