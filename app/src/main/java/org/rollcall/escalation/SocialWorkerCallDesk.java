package org.rollcall.escalation;

import java.util.Optional;

import org.rollcall.calls.CallId;

/** The operator's side of a social-worker call: the card, and "Told". No answer and busy are the call's wrap-up. */
public interface SocialWorkerCallDesk {

    /** The card for a social-worker call; empty for any other call. */
    Optional<SocialWorkerCard> card(CallId call);

    /**
     * The social worker was told: on the timeline (with the operator's note, if any), and nothing is emailed.
     *
     * @param note optional, what the social worker said
     * @throws EscalationRefusedException for an over-long note, or a call that is not a social-worker call still
     *     waiting to tell them
     */
    void told(CallId call, String note, String who);
}
