package org.rollcall.qa.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened on a call besides its marks, for the review timeline: a challenge (what = the question,
 * detail = the outcome's name, codes before and after), a change heard (what = the change kind's name, detail = the
 * new value in words), a correction of one of its marks (what = the reason, codes before and after), or a mark of
 * the call that differs from the school's own (what = where the school's came from, codes: the school's, the call's;
 * ADR 0044).
 */
public record CallEvent(Kind kind, Instant at, UUID childId, String session, String what, String detail,
                        String codeBefore, String codeAfter, String by) {

    public enum Kind { CHALLENGE, CHANGE, CORRECTION, SCHOOL_MARK_DIFFERS }

    /** In words for the timeline. */
    public String describe(String childName) {
        String who = childName == null ? "" : childName + ": ";
        String sessionText = session == null ? "" : " (" + ("AM".equals(session) ? "morning" : "afternoon") + ")";
        return switch (kind) {
            case CHALLENGE -> "Challenge · " + who + what + sessionText + " → " + challengeOutcome();
            case CHANGE -> "Change heard · " + who + changeKind() + ": " + detail;
            case CORRECTION -> "Corrected · " + who + codeBefore + " → " + codeAfter + sessionText
                    + (what == null ? "" : ", " + what) + " (by " + by + ")";
            case SCHOOL_MARK_DIFFERS -> "Differs from the school's mark · " + who + "the "
                    + ("DESIGNATED_TEACHER".equals(what) ? "designated teacher" : "school's system") + " gave "
                    + codeBefore + (detail == null ? "" : " (" + detail + ")") + ", the call " + codeAfter
                    + sessionText;
        };
    }

    private String challengeOutcome() {
        var outcome = org.rollcall.challenges.Outcome.valueOf(detail);
        return outcome == org.rollcall.challenges.Outcome.CHANGED ? "changed from " + codeBefore + " to " + codeAfter
                : outcome.label().toLowerCase(java.util.Locale.UK);
    }

    private String changeKind() {
        return org.rollcall.changes.ChangeKind.valueOf(what).label();
    }
}
