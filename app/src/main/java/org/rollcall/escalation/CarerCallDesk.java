package org.rollcall.escalation;

import java.util.Optional;

import org.rollcall.calls.CallId;

/** The operator's side of a carer call: the screen-pop and what the carer said. */
public interface CarerCallDesk {

    /** The carer screen-pop for a carer call; empty for any other call. */
    Optional<CarerCard> card(CallId call);

    /**
     * The carer's reason, kept with the escalation (the school's code is not changed), and the social worker told
     * in the same transaction.
     *
     * @throws EscalationRefusedException for an empty or over-long reason, or a call that is not a carer call of
     *     an escalation still waiting for the carer
     */
    void reasonHeard(CallId call, String reason, String who);

    /** The number reached someone else: the carer's contact is flagged for update and the social worker told. */
    void wrongNumber(CallId call, String who);
}
