package org.rollcall.calls;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import org.rollcall.accounts.UserId;

/** What an operator (or a robot operator) does: be ready, start the offered call, hang up, wrap up. */
public interface OperatorDesk {

    /** Makes the operator available to the dialler; {@code endpoint} is their phone/softphone identity. */
    void ready(UserId operator, String name, String endpoint);

    void offline(UserId operator);

    OperatorStatus status(UserId operator);

    /**
     * Why Rollcall set the operator offline, for their screen, such as "your phone did not answer at 10:42 (the
     * exchange said: …)"; empty when they are not offline or went offline themselves. Cleared by {@link #ready}.
     */
    Optional<String> notReadyReason(UserId operator);

    /** The call offered to or in progress with the operator, if any. */
    Optional<CallSummary> currentCall(UserId operator);

    /**
     * The three above in one read: the operator's screen asks them at every change of their call, about six times a
     * call.
     */
    AtDesk atDesk(UserId operator);

    /**
     * Dials the offered call: the operator's leg first, then the provision. If the telephone exchange cannot be
     * reached, nothing is dialled: the call goes back to the queue without using an attempt, the operator stays
     * ready, and a {@link CallRefusedException} says so.
     */
    void start(CallId call, UserId operator);

    void hangUp(CallId call, UserId operator);

    /**
     * Closes the call. NO_ANSWER, BUSY and FAILED are retried later in the window; CALL_BACK at {@code callBackAt}.
     * Only an attempt that reached the school (the operator's leg was up, so the school was dialled) counts against
     * {@code rollcall.calls.max-attempts}.
     */
    void wrapUp(CallId call, UserId operator, CallOutcome outcome, Instant callBackAt);

    /** Seconds into the call's recording right now (recording starts when the parties are bridged). */
    OptionalInt recordingOffsetNow(CallId call);
}
