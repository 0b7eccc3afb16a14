package org.rollcall.calls.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.rollcall.calls.CallId;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CarerCalls;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.UkPhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCarerCalls implements CarerCalls {

    private final JdbcClient jdbc;

    JdbcCarerCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public CallId queue(CallPurpose purpose, UUID subject, ProvisionId school, LocalDate date, UkPhoneNumber number,
                        Instant dueAt, Instant closesAt, int attempt) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(number, "number to dial");
        if (!purpose.aboutAChild()) {
            throw new IllegalArgumentException(purpose.label() + "s are the call plan's, not queued one by one");
        }
        if (!dueAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("a " + purpose.label().toLowerCase(java.util.Locale.UK)
                    + " must be due (" + dueAt + ") before it closes (" + closesAt + ")");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO call (id, provision_id, call_date, window_closes, due_at, attempt, status, purpose,
                                          dial_to, subject)
                        VALUES (?, ?, ?, ?, ?, ?, 'DUE', ?, ?, ?)""")
                .params(id, school.value(), date, CallRows.ts(closesAt), CallRows.ts(dueAt), attempt, purpose.name(),
                        number.e164(), subject)
                .update();
        return new CallId(id);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancel(UUID subject, String why) {
        return jdbc.sql("UPDATE call SET status = 'CANCELLED', end_cause = ? WHERE subject = ? AND status = 'DUE'")
                .params(why, subject).update();
    }
}
