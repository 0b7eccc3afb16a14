package org.rollcall.changes.internal;

import org.rollcall.calls.CallId;
import org.rollcall.changes.ChangeField;
import org.rollcall.changes.ChangeRefusedException;
import org.rollcall.changes.HeardChange;
import org.rollcall.directory.ChildRecord;
import org.rollcall.enrolment.Enrolment;
import org.rollcall.enrolment.NotOnRoll;
import org.rollcall.enrolment.NotOnRollRefusedException;
import org.rollcall.enrolment.NotOnRollSource;
import org.rollcall.platform.ui.HumanDates;

/**
 * "Not on roll at this school" heard on a call is acted on by the enrolment module (ADR 0030), in the change's own
 * transaction: the placement ends, the authority is told, the child is on its "Not on roll" list.
 */
final class NotOnRollHeard {

    private NotOnRollHeard() {
    }

    /** @return what the change record keeps as "after", in words */
    static String act(Enrolment enrolment, CallId call, ChildRecord child, HeardChange change, String who) {
        NotOnRoll done;
        try {
            done = enrolment.notOnRoll(child.id(), change.provision(), change.date(), NotOnRollSource.CALL, who,
                    call == null ? null : "heard on call " + call);
        } catch (NotOnRollRefusedException e) {
            throw new ChangeRefusedException(e.field() == NotOnRollRefusedException.Field.CHILD ? ChangeField.CHILD
                    : ChangeField.DATE, e.getMessage());
        }
        return "not on roll at " + done.lastSchool() + ", last day on roll " + HumanDates.date(done.lastDay())
                + ": no longer called about, and the authority told";
    }
}
