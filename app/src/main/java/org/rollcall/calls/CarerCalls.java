package org.rollcall.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.UkPhoneNumber;

/**
 * Calls to carers (and to social workers, {@link CallPurpose#SOCIAL_WORKER}), taken by the same operators and dialler
 * as school calls (ADR 0017 for the order they are offered in). The module that queues one keeps what it is about
 * ({@code subject}) and hears how it went from {@link CallWrappedUp}; the dialler never retries one by itself.
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
    default CallId queue(UUID subject, ProvisionId school, LocalDate date, UkPhoneNumber carer, Instant dueAt,
                         Instant closesAt, int attempt) {
        return queue(CallPurpose.CARER, subject, school, date, carer, dueAt, closesAt, attempt);
    }

    /**
     * As above, for a call to a person about a child of the given purpose (carer or social worker).
     *
     * @throws IllegalArgumentException for a school call's purpose (those are the plan's)
     */
    CallId queue(CallPurpose purpose, UUID subject, ProvisionId school, LocalDate date, UkPhoneNumber number,
                 Instant dueAt, Instant closesAt, int attempt);

    /** Cancels the subject's carer and social-worker calls still waiting to be offered; how many were. */
    int cancel(UUID subject, String why);
}
