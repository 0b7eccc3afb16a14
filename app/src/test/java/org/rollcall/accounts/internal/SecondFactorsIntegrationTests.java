package org.rollcall.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AccountsProperties;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Caller;
import org.rollcall.accounts.Role;
import org.rollcall.support.MovableClock;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;

/**
 * The second factor against the real database on a clock the test moves. Codes are computed here from the secret
 * with the RFC 6238 generator (SHA-1, 6 digits, 30 s), as an authenticator app does.
 */
@RollcallIntegrationTest
class SecondFactorsIntegrationTests {

    static final String SOURCE = "198.51.100.77";

    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired Accounts accounts;
    @Autowired SecondFactorCipher cipher;
    @Autowired JdbcUserDetailsService users;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

    // Five seconds into a 30-second step, so "the step before" and "the step after" are whole steps away.
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:30:05Z"), ZoneId.of("Europe/London"));
    SecondFactors secondFactors;
    ThrottledAuthenticationProvider passwords;
    Caller user;

    @BeforeEach
    void setUp() {
        AccountsProperties properties = new AccountsProperties(3, 50, Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofHours(24), AccountsProperties.SecondFactor.REQUIRED, Set.of(Role.QA, Role.ADMIN),
                Duration.ofMinutes(5), Duration.ofHours(12), true, null);
        SignInThrottle throttle = new SignInThrottle(jdbc, clock, properties, audit);
        secondFactors = new SecondFactors(jdbc, clock, properties, cipher, audit, throttle);
        passwords = new ThrottledAuthenticationProvider(users, encoder, throttle, secondFactors);
        String name = "totp-" + System.nanoTime() % 1_000_000;
        accounts.createUser(name, "Totp Tester", "totp-password-1", Role.QA, null);
        user = accounts.findUser(name).orElseThrow();
    }

    @AfterEach
    void forgetFailures() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    @Test
    void enrolmentStoresTheSecretEncryptedOnceACodeFromItIsRightAndGivesTenRecoveryCodes() {
        assertThat(secondFactors.appliesTo(user)).isTrue();
        assertThat(secondFactors.enrolled(user)).isFalse();
        SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(user);
        assertThat(enrolment.qrDataUri()).startsWith("data:image/png;base64,");
        assertThat(enrolment.secretForReading().replace(" ", "")).isEqualTo(enrolment.secret());

        assertThat(secondFactors.confirmEnrolment(user, enrolment, "000000", SOURCE)).isEmpty();
        assertThat(secondFactors.enrolled(user)).isFalse();
        List<String> recovery = secondFactors.confirmEnrolment(user, enrolment, appCode(enrolment.secret(), 0),
                SOURCE).orElseThrow();

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(secondFactors.enrolled(user)).isTrue();
        String stored = jdbc.sql("SELECT secret_encrypted FROM second_factor WHERE user_id = ?")
                .param(user.userId().value()).query(String.class).single();
        assertThat(stored).doesNotContain(enrolment.secret());
        assertThat(cipher.decrypt(stored)).isEqualTo(enrolment.secret());
        assertThat(jdbc.sql("SELECT code_sha256 FROM recovery_code WHERE user_id = ?").param(user.userId().value())
                .query(String.class).list()).hasSize(10).noneMatch(recovery::contains);
        assertThat(audit.count("second factor enrolled", "user", user.name())).isEqualTo(1);
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndEachStepOnlyOnceAndWrongCodesCountTowardsTheLockout() {
        String secret = enrol();   // enrolled with this step's code
        assertThat(secondFactors.verify(user, appCode(secret, 0), SOURCE)).as("replayed").isFalse();

        clock.advance(Duration.ofSeconds(30));
        assertThat(secondFactors.verify(user, appCode(secret, -2), SOURCE)).as("two steps old").isFalse();
        assertThat(secondFactors.verify(user, appCode(secret, 0), SOURCE)).as("now").isTrue();
        assertThat(secondFactors.verify(user, appCode(secret, 0), SOURCE)).as("now, again").isFalse();

        clock.advance(Duration.ofMinutes(2));
        assertThat(secondFactors.verify(user, appCode(secret, 2), SOURCE)).as("two steps ahead").isFalse();
        assertThat(secondFactors.verify(user, appCode(secret, -1), SOURCE)).as("the step before").isTrue();

        // A success cleared the count; three wrong codes now lock the account (3 allowed), right ones included.
        for (String wrong : new String[] {"not a code", "12 34 5", "ab-cd"}) {
            assertThat(secondFactors.verify(user, wrong, SOURCE)).isFalse();
        }
        assertThat(audit.count("sign-in locked", "user", user.name())).isEqualTo(1);
        assertThat(secondFactors.verify(user, appCode(secret, 1), SOURCE)).as("right, but locked").isFalse();
        clock.advance(Duration.ofSeconds(61));
        String next = appCode(secret, 1);
        assertThat(secondFactors.verify(user, " " + next.substring(0, 3) + " " + next.substring(3), SOURCE))
                .as("the step after, typed with spaces").isTrue();
        assertThat(secondFactors.verify(user, appCode(secret, 0), SOURCE))
                .as("older than the last one taken").isFalse();
    }

    @Test
    void theRightPasswordDoesNotClearWrongCodesOnlyTheRightCodeDoes() {
        String secret = enrol();
        clock.advance(Duration.ofSeconds(30));
        assertThat(secondFactors.verify(user, "wrong 1", SOURCE)).isFalse();
        assertThat(secondFactors.verify(user, "wrong 2", SOURCE)).isFalse();
        assertThat(passwords.authenticate(password(user.name(), "totp-password-1")).isAuthenticated()).isTrue();
        assertThat(secondFactors.verify(user, "wrong 3", SOURCE)).isFalse();
        assertThat(audit.count("sign-in locked", "user", user.name())).as("third wrong code in a row").isEqualTo(1);
        assertThat(secondFactors.verify(user, appCode(secret, 0), SOURCE)).as("locked").isFalse();
        clock.advance(Duration.ofSeconds(61));
        assertThat(secondFactors.verify(user, appCode(secret, 0), SOURCE)).isTrue();
        assertThat(secondFactors.verify(user, "wrong 4", SOURCE)).isFalse();
        assertThat(secondFactors.verify(user, "wrong 5", SOURCE)).isFalse();
        assertThat(audit.count("sign-in locked", "user", user.name())).as("count cleared by the code").isEqualTo(1);
    }

    private static org.springframework.security.authentication.UsernamePasswordAuthenticationToken password(
            String username, String password) {
        var attempt = org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .unauthenticated(username, password);
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(SOURCE);
        attempt.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(request));
        return attempt;
    }

    @Test
    void aRecoveryCodeWorksOnceAndAnAdminsResetMakesTheUserEnrolAgain() {
        SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(user);
        List<String> recovery = secondFactors.confirmEnrolment(user, enrolment, appCode(enrolment.secret(), 0),
                SOURCE).orElseThrow();

        assertThat(secondFactors.verify(user, recovery.get(3).toUpperCase(), SOURCE)).isTrue();
        assertThat(secondFactors.verify(user, recovery.get(3), SOURCE)).as("used already").isFalse();
        assertThat(secondFactors.verify(user, recovery.get(4), SOURCE)).isTrue();
        assertThat(audit.count("recovery code used", "user", user.name())).isEqualTo(2);

        assertThat(secondFactors.reset(user, "an-admin")).isTrue();
        assertThat(secondFactors.enrolled(user)).isFalse();
        assertThat(secondFactors.verify(user, recovery.get(5), SOURCE)).as("codes go with the reset").isFalse();
        assertThat(audit.count("second factor reset", "user", user.name())).isEqualTo(1);
        assertThat(secondFactors.reset(user, "an-admin")).isFalse();
    }

    @Test
    void operatorsGiveACodeOnlyWhenTheirRoleIsListedOrTheyEnrolledAndNobodyWhenItIsOff() {
        String name = "totp-op-" + System.nanoTime() % 1_000_000;
        accounts.createUser(name, "Operator Totp", "totp-password-1", Role.OPERATOR, null);
        Caller op = accounts.findUser(name).orElseThrow();
        assertThat(secondFactors.appliesTo(op)).isFalse();
        SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(op);
        secondFactors.confirmEnrolment(op, enrolment, appCode(enrolment.secret(), 0), SOURCE).orElseThrow();
        assertThat(secondFactors.appliesTo(op)).isTrue();

        AccountsProperties off = new AccountsProperties(3, 50, Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofHours(24), AccountsProperties.SecondFactor.OFF, Set.of(Role.QA), Duration.ofMinutes(5),
                Duration.ofHours(12), true, null);
        SecondFactors none = new SecondFactors(jdbc, clock, off, cipher, audit,
                new SignInThrottle(jdbc, clock, off, audit));
        assertThat(none.appliesTo(user)).isFalse();
        assertThat(none.appliesTo(op)).isFalse();
    }

    private String enrol() {
        SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(user);
        secondFactors.confirmEnrolment(user, enrolment, appCode(enrolment.secret(), 0), SOURCE).orElseThrow();
        return enrolment.secret();
    }

    /** What an authenticator app shows {@code steps} 30-second steps from the test clock's now. */
    private String appCode(String secret, int steps) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
                    clock.instant().getEpochSecond() / 30 + steps);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
