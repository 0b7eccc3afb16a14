package org.rollcall.accounts;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in: lockout, second factor, HTTP Basic (ADR 0021).
 *
 * @param maxFailuresPerAccount failed sign-ins to one user name before each further attempt must wait
 * @param maxFailuresPerSource failed sign-ins from one address (any user names) before it must wait; higher than
 *     per account, since a school office or a contact centre signs many people in from one address
 * @param firstLockout the first wait; each failure after it doubles the wait
 * @param maxLockout the longest wait
 * @param failureMemory failures older than this (none since) are forgotten
 * @param secondFactor {@code required}: users whose role is in {@code secondFactorRoles}, and anyone already
 *     enrolled, give a code from an authenticator app after their password; {@code off}: the password alone
 *     (demo and tests only)
 * @param secondFactorRoles the roles that must use a second factor
 * @param secondFactorTimeout how long after the password the code may be given before the password is asked again
 * @param maxSessionAge a screen session ends this long after its sign-in, however busy (the idle time-out is
 *     server.servlet.session.timeout)
 * @param basicAuth staff may use HTTP Basic on /api/** and /ws/**; Basic carries no second code, so it is a
 *     password-only way in: off in production where the second factor must hold everywhere
 * @param encryptionKey base64 AES-256 key for second-factor secrets; unset = generated under the data directory
 */
@ConfigurationProperties("rollcall.accounts")
public record AccountsProperties(@DefaultValue("5") int maxFailuresPerAccount,
                                 @DefaultValue("20") int maxFailuresPerSource,
                                 @DefaultValue("1m") Duration firstLockout,
                                 @DefaultValue("1h") Duration maxLockout,
                                 @DefaultValue("24h") Duration failureMemory,
                                 @DefaultValue("required") SecondFactor secondFactor,
                                 @DefaultValue({"ADMIN", "SUPERVISOR", "QA", "AUTHORITY", "DESIGNATED_TEACHER"})
                                 Set<Role> secondFactorRoles,
                                 @DefaultValue("5m") Duration secondFactorTimeout,
                                 @DefaultValue("12h") Duration maxSessionAge,
                                 @DefaultValue("true") boolean basicAuth,
                                 String encryptionKey) {

    public enum SecondFactor { REQUIRED, OFF }

    public AccountsProperties {
        if (maxFailuresPerAccount < 1 || maxFailuresPerSource < 1) {
            throw new IllegalArgumentException("rollcall.accounts.max-failures-per-account and -per-source must be "
                    + "at least 1, not " + maxFailuresPerAccount + " and " + maxFailuresPerSource);
        }
        if (!firstLockout.isPositive() || maxLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException("rollcall.accounts.first-lockout must be positive and max-lockout "
                    + "at least as long, not " + firstLockout + " and " + maxLockout);
        }
        if (!failureMemory.isPositive() || !secondFactorTimeout.isPositive() || !maxSessionAge.isPositive()) {
            throw new IllegalArgumentException("rollcall.accounts.failure-memory, second-factor-timeout and "
                    + "max-session-age must be positive, not " + failureMemory + ", " + secondFactorTimeout + " and "
                    + maxSessionAge);
        }
        if (secondFactorRoles.contains(Role.API)) {
            throw new IllegalArgumentException("rollcall.accounts.second-factor-roles cannot hold API: API clients "
                    + "sign in with tokens; use OPERATOR, SUPERVISOR, QA, ADMIN or AUTHORITY");
        }
        secondFactorRoles = Set.copyOf(secondFactorRoles);
    }

    /** Lockout settings only; the rest as by default (tests). */
    public static AccountsProperties lockout(int perAccount, int perSource, Duration first, Duration max,
                                             Duration memory) {
        return new AccountsProperties(perAccount, perSource, first, max, memory, SecondFactor.REQUIRED,
                Set.of(Role.ADMIN, Role.SUPERVISOR, Role.QA, Role.AUTHORITY), Duration.ofMinutes(5),
                Duration.ofHours(12), true, null);
    }
}
