package org.rollcall.challenges;

import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.RecordMark;

/**
 * A batch of marks was refused because a question raised by a challenge rule has no outcome (or "Changed" was chosen
 * and the code was not); nothing was saved. A mark refusal, so screens show it as they show any other.
 */
public class ChallengeRefusedException extends MarkRejectedException {

    public ChallengeRefusedException(String message, RecordMark mark) {
        super(message, mark);
    }
}
