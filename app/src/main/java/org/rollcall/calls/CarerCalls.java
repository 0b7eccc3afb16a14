package org.rollcall.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.UkPhoneNumber;

/**
 * Calls to carers, taken by the same operators and dialler as school calls (ADR 0017 for the order they are offered
 * in). The module that queues one keeps what it is about ({@code subject}) and hears how it went from
 * {@link CallWrappedUp}; the dialler never retries a carer call by itself.
 */
public interface CarerCalls {

    /**
     * Queues a carer call in the caller's transaction (which must exist).
     *
     * @param subject what the call is about, for the caller (an escalation's id)
     * @param school the child's provision, shown with the call
     * @param date the day the call is for
     * @param carer the number to dial
     * @param dueAt offered from this moment
     * @param closesAt and not after this one (missed then)
     * @param attempt which attempt to reach the carer this is, from 1
     */
    CallId queue(UUID subject, ProvisionId school, LocalDate date, UkPhoneNumber carer, Instant dueAt,
                 Instant closesAt, int attempt);

    /** Cancels the subject's carer calls still waiting to be offered; how many were. */
    int cancel(UUID subject, String why);
}
