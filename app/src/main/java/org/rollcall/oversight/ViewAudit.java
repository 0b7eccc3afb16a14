package org.rollcall.oversight;

import java.util.Collection;
import java.util.UUID;

import org.rollcall.calls.CallSummary;
import org.rollcall.directory.ChildId;

/**
 * Audits staff views of children (ADR 0033): one entry per child shown, deduplicated per user, child and call over
 * {@code rollcall.oversight.view-dedup-minutes}, so a refresh is not a second look.
 */
public interface ViewAudit {

    /**
     * An operator's screen-pop of a call showed these children to {@code who} (the user name: the screen-pop arrives
     * by push, outside the request that signed the operator in, so the screen passes who it is showing to). The screen
     * has the call and the school's name already; the audit does not read them again while the screen pops.
     */
    void shownOnCall(String who, CallSummary call, String school, Collection<ChildId> children);

    /** A call review (QA, supervisor or admin) showed these children's marks to {@code who}. */
    void shownInReview(String who, UUID callId, Collection<ChildId> children);
}
