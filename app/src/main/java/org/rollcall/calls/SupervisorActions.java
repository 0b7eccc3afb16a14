package org.rollcall.calls;

import java.time.Instant;

import org.rollcall.accounts.UserId;

/**
 * What a supervisor may do to the day's calls and operators (ADR 0031). Each action runs in one transaction, is
 * audited with what was before and after, and tells the screens concerned; a refusal is a
 * {@link CallRefusedException} whose message says why and what would be accepted, with nothing changed.
 */
public interface SupervisorActions {

    /**
     * Withdraws the call offered to one operator and offers it to {@code operator} instead. Refused when the call is
     * no longer offered (it was started, wrapped up or already withdrawn) or {@code operator} is not ready (offline, on
     * a call, in wrap-up or holding another offer).
     */
    void giveTo(CallId call, UserId operator);

    /**
     * Sets a ready operator offline; an operator holding an offered call is set offline and the call goes back to the
     * queue. Refused while they are on a call or in wrap-up, or already offline.
     */
    void setOffline(UserId operator);

    /**
     * A new attempt at a school whose call was missed today, due now and closing after
     * {@code rollcall.calls.supervisor-attempt-window}. Refused for another day's call, a call that was not missed, a
     * carer or social-worker call, a school already waiting for a call, or one reached today already.
     */
    CallId addAttempt(CallId missedCall);

    /**
     * Calls the school back at {@code at} today: a call still due is moved to that time; a call missed or ended
     * unreached today gets a new attempt then. Refused for a time in the past or after
     * {@code rollcall.calls.school-day-ends}, a call already offered or in progress, one that reached the school, or a
     * carer or social-worker call.
     */
    void callBackAt(CallId call, Instant at);
}
