package org.rollcall.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.rollcall.accounts.AccountsProperties;
import org.rollcall.accounts.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per user name and per source address, kept in the database so a lockout holds on every node
 * and across a restart. After the allowed failures each further failure makes the next attempt wait twice as long
 * (first-lockout, doubled, capped at max-lockout); during the wait even the right password is refused.
 */
@Component
class SignInThrottle {

    static final String ACTOR = "sign-in";

    enum Kind { ACCOUNT, SOURCE }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountsProperties properties;
    private final AuditLog audit;

    SignInThrottle(JdbcClient jdbc, Clock clock, AccountsProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.audit = audit;
    }

    /** The end of the wait for this user name or this address, if either must still wait. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String source) {
        return jdbc.sql("""
                        SELECT max(locked_until) FROM sign_in_throttle
                        WHERE ((kind = 'ACCOUNT' AND key = ?) OR (kind = 'SOURCE' AND key = ?)) AND locked_until > ?""")
                .params(key(username), source == null ? "" : source, Timestamp.from(clock.instant()))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    @Transactional
    public void failed(String username, String source) {
        count(Kind.ACCOUNT, key(username), properties.maxFailuresPerAccount());
        if (source != null) {
            count(Kind.SOURCE, source, properties.maxFailuresPerSource());
        }
    }

    /** A success clears the user name's failures; the address keeps its own (another user may be guessing). */
    @Transactional
    public void succeeded(String username) {
        clear(Kind.ACCOUNT, key(username));
    }

    /** Lifts a lockout and forgets the failures; whether there were any. */
    @Transactional
    public boolean clear(Kind kind, String key) {
        return jdbc.sql("DELETE FROM sign_in_throttle WHERE kind = ? AND key = ?")
                .params(kind.name(), kind == Kind.ACCOUNT ? key(key) : key).update() > 0;
    }

    private void count(Kind kind, String key, int allowed) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        INSERT INTO sign_in_throttle (kind, key, failures, last_failure_at) VALUES (?, ?, 1, ?)
                        ON CONFLICT (kind, key) DO UPDATE SET
                          failures = CASE WHEN sign_in_throttle.last_failure_at < ? THEN 1
                                          ELSE sign_in_throttle.failures + 1 END,
                          last_failure_at = excluded.last_failure_at
                        RETURNING failures""")
                .params(kind.name(), key, Timestamp.from(now), Timestamp.from(now.minus(properties.failureMemory())))
                .query(Integer.class).single();
        if (failures < allowed) {
            return;
        }
        Duration wait = wait(failures - allowed);
        jdbc.sql("UPDATE sign_in_throttle SET locked_until = ? WHERE kind = ? AND key = ?")
                .params(Timestamp.from(now.plus(wait)), kind.name(), key).update();
        audit.record(ACTOR, "sign-in locked", kind == Kind.ACCOUNT ? "user" : "address", key,
                failures + " failed sign-ins in a row; the next attempt waits " + wait.toMinutes() + " min");
    }

    /** first-lockout doubled for each failure beyond the allowed ones, capped at max-lockout. */
    Duration wait(int beyondAllowed) {
        Duration wait = properties.firstLockout();
        for (int i = 0; i < beyondAllowed && wait.compareTo(properties.maxLockout()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.maxLockout()) > 0 ? properties.maxLockout() : wait;
    }

    // User names are lower-case; a typed capital must not buy an attacker a fresh counter. Capped so a 1 MB
    // "user name" stores no 1 MB key.
    static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }
}
