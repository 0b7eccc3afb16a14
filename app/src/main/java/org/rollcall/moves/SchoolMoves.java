package org.rollcall.moves;

import java.util.List;
import java.util.UUID;

import org.rollcall.directory.CallWindow;

/** A child's move to another school, and the "introduce the service" tasks it leaves. */
public interface SchoolMoves {

    /**
     * In one transaction: ends the child's on-roll placement the day before the start, places the child on roll at
     * the new school (set up first when new), opens an "introduce the service" task when Rollcall does not call that
     * school yet, queues the authority's introduction letter to the school (or records it undeliverable without an
     * address), opens the backdating of the child's marks from the start date, and audits it with before and after.
     * Joins the caller's transaction (a change heard on a call); authorised by its callers (a change heard, the
     * admin API).
     *
     * @throws MoveRefusedException saying per field what is wrong and what is accepted; nothing is saved
     */
    MoveDone record(NewMove move, String who);

    /** Open "introduce the service" tasks, oldest first. */
    List<IntroductionTask> openIntroductions();

    /**
     * What was agreed with the school: its call windows, contact and password are saved and the task is closed, so
     * the school is called from the next plan.
     *
     * @throws MoveRefusedException for a closed or unknown task, or a value the directory refuses
     */
    void introduce(UUID task, List<CallWindow> windows, String contact, String password, String who);
}
