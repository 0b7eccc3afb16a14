package org.rollcall.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling (ADR 0021).
 *
 * @param maxFailuresPerAccount failed sign-ins to one user name before each further attempt must wait
 * @param maxFailuresPerSource failed sign-ins from one address (any user names) before it must wait; higher than
 *     per account, since a school office or a contact centre signs many people in from one address
 * @param firstLockout the first wait; each failure after it doubles the wait
 * @param maxLockout the longest wait
 * @param failureMemory failures older than this (none since) are forgotten
 */
@ConfigurationProperties("rollcall.accounts")
public record AccountsProperties(@DefaultValue("5") int maxFailuresPerAccount,
                                 @DefaultValue("20") int maxFailuresPerSource,
                                 @DefaultValue("1m") Duration firstLockout,
                                 @DefaultValue("1h") Duration maxLockout,
                                 @DefaultValue("24h") Duration failureMemory) {

    public AccountsProperties {
        if (maxFailuresPerAccount < 1 || maxFailuresPerSource < 1) {
            throw new IllegalArgumentException("rollcall.accounts.max-failures-per-account and -per-source must be "
                    + "at least 1, not " + maxFailuresPerAccount + " and " + maxFailuresPerSource);
        }
        if (!firstLockout.isPositive() || maxLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException("rollcall.accounts.first-lockout must be positive and max-lockout "
                    + "at least as long, not " + firstLockout + " and " + maxLockout);
        }
        if (!failureMemory.isPositive()) {
            throw new IllegalArgumentException("rollcall.accounts.failure-memory must be positive, not "
                    + failureMemory);
        }
    }
}
