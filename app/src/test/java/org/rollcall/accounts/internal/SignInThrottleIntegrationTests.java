package org.rollcall.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AccountsProperties;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.support.MovableClock;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The lockout against the real database, on a clock the test moves: 3 failures allowed per user name, 6 per
 * address, then 1 min, 2, 4, capped at 5.
 */
@RollcallIntegrationTest
class SignInThrottleIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired Accounts accounts;
    @Autowired JdbcUserDetailsService users;
    @Autowired PasswordEncoder encoder;
    @Autowired SecondFactors secondFactors;   // off in these tests: the password alone signs in

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:30:00Z"), ZoneId.of("Europe/London"));
    final AccountsProperties properties = AccountsProperties.lockout(3, 6, Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofHours(24));
    SignInThrottle throttle;
    ThrottledAuthenticationProvider provider;
    String user;

    @BeforeEach
    void setUp() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
        throttle = new SignInThrottle(jdbc, clock, properties, audit);
        provider = new ThrottledAuthenticationProvider(users, encoder, throttle, secondFactors);
        user = "lock-" + System.nanoTime() % 1_000_000;
        accounts.createUser(user, "Lock Tester", "right-password-1", Role.QA, null);
    }

    @AfterEach
    void forgetFailures() {
        // The rows carry this test's clock, not the application's: leave none behind for other tests.
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    @Test
    void afterTheAllowedFailuresEachAttemptWaitsTwiceAsLongUpToTheCapAndEvenTheRightPasswordIsRefused() {
        for (int i = 0; i < 3; i++) {
            assertRefused(user, "wrong", "198.51.100.1");
        }
        // Locked for 1 min: the right password is refused, and attempts during the wait do not lengthen it.
        assertRefused(user, "right-password-1", "198.51.100.2");
        clock.advance(Duration.ofSeconds(59));
        assertRefused(user, "right-password-1", "198.51.100.2");
        clock.advance(Duration.ofSeconds(2));
        assertRefused(user, "wrong", "198.51.100.2");     // 4th failure: now 2 min
        clock.advance(Duration.ofSeconds(119));
        assertRefused(user, "right-password-1", "198.51.100.3");
        clock.advance(Duration.ofSeconds(2));
        assertRefused(user, "wrong", "198.51.100.3");     // 5th: 4 min
        assertThat(throttle.lockedUntil(user, null)).contains(clock.instant().plus(Duration.ofMinutes(4)));
        clock.advance(Duration.ofMinutes(4).plusSeconds(1));
        assertRefused(user, "wrong", "198.51.100.4");     // 6th: 8 min, capped at 5
        assertThat(throttle.lockedUntil(user, null)).contains(clock.instant().plus(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        Authentication signedIn = provider.authenticate(attempt(user, "right-password-1", "198.51.100.5"));
        assertThat(signedIn.isAuthenticated()).isTrue();
        // A success resets the account's counter: three more failures are allowed before the next lockout.
        assertRefused(user, "wrong", "198.51.100.6");
        assertRefused(user, "wrong", "198.51.100.6");
        assertThat(provider.authenticate(attempt(user, "right-password-1", "198.51.100.7")).isAuthenticated())
                .isTrue();
        assertThat(audit.count("sign-in locked", "user", user)).isEqualTo(4);
    }

    @Test
    void unknownDisabledLockedAndWrongPasswordGetTheSameAnswer() {
        String disabled = user + "-off";
        accounts.createUser(disabled, "Disabled Tester", "right-password-1", Role.QA, null);
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = ?").param(disabled).update();
        String locked = user + "-locked";
        accounts.createUser(locked, "Locked Tester", "right-password-1", Role.QA, null);
        for (int i = 0; i < 3; i++) {
            assertRefused(locked, "wrong", "198.51.100.20");
        }

        List<Throwable> answers = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        for (String[] attempt : new String[][] {{"nobody-" + user, "right-password-1"},
                {disabled, "right-password-1"}, {locked, "right-password-1"}, {user, "wrong-password"}}) {
            long start = System.nanoTime();
            try {
                provider.authenticate(attempt(attempt[0], attempt[1], "198.51.100.21"));
            } catch (RuntimeException e) {
                answers.add(e);
            }
            nanos.add(System.nanoTime() - start);
        }
        assertThat(answers).hasSize(4).allSatisfy(e -> assertThat(e).isExactlyInstanceOf(
                BadCredentialsException.class).hasMessage(ThrottledAuthenticationProvider.REFUSED));
        // Each costs a bcrypt comparison (a dummy one for the unknown user): none answers in a fraction of the
        // time of a real password check, which is what would give an unknown or locked user away.
        long slowest = nanos.stream().mapToLong(Long::longValue).max().orElseThrow();
        System.out.printf("sign-in refusal times, unknown / disabled / locked / wrong password: %s ms%n",
                nanos.stream().map(n -> String.valueOf(n / 1_000_000)).toList());
        assertThat(nanos).allSatisfy(n -> assertThat(n).isGreaterThan(slowest / 5));
    }

    @Test
    void oneAddressTryingManyUserNamesIsLockedOutForEveryone() {
        for (int i = 0; i < 6; i++) {
            assertRefused("probe-" + i, "wrong", "203.0.113.9");
        }
        assertRefused(user, "right-password-1", "203.0.113.9");
        assertThat(provider.authenticate(attempt(user, "right-password-1", "203.0.113.10")).isAuthenticated())
                .isTrue();
        assertThat(audit.count("sign-in locked", "address", "203.0.113.9")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(provider.authenticate(attempt(user, "right-password-1", "203.0.113.9")).isAuthenticated())
                .isTrue();
    }

    @Test
    void failuresOlderThanTheMemoryAreForgottenAndUserNamesCountWhateverTheirCase() {
        assertRefused(user, "wrong", "198.51.100.30");
        assertRefused(user.toUpperCase(), "wrong", "198.51.100.30");
        clock.advance(Duration.ofHours(25));
        assertRefused(user, "wrong", "198.51.100.30");
        assertRefused(user, "wrong", "198.51.100.30");
        assertThat(throttle.lockedUntil(user, null)).isEmpty();
        assertRefused(user, "wrong", "198.51.100.30");
        assertThat(throttle.lockedUntil(user.toUpperCase(), null)).isPresent();
    }

    private void assertRefused(String username, String password, String source) {
        assertThatThrownBy(() -> provider.authenticate(attempt(username, password, source)))
                .isExactlyInstanceOf(BadCredentialsException.class).hasMessage(ThrottledAuthenticationProvider.REFUSED);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String source) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(source);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }
}
