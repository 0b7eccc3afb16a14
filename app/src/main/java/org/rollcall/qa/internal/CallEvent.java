package org.rollcall.qa.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened on a call besides its marks, for the review timeline: a challenge (what = the question,
 * detail = the outcome's name, codes before and after), a change heard (what = the change kind's name, detail = the
 * new value in words) or a correction of one of its marks (what = the reason, codes before and after).
 */
public record CallEvent(Kind kind, Instant at, UUID childId, String session, String what, String detail,
                        String codeBefore, String codeAfter, String by) {

    public enum Kind { CHALLENGE, CHANGE, CORRECTION }

    /** In words for the timeline. */
    public String describe(String childName) {
        String who = childName == null ? "" : childName + ": ";
        String sessionText = session == null ? "" : " (" + ("AM".equals(session) ? "morning" : "afternoon") + ")";
        return switch (kind) {
            case CHALLENGE -> "Challenge · " + who + what + sessionText + " → " + challengeOutcome();
            case CHANGE -> "Change heard · " + who + changeKind() + ": " + detail;
            case CORRECTION -> "Corrected · " + who + codeBefore + " → " + codeAfter + sessionText
                    + (what == null ? "" : ", " + what) + " (by " + by + ")";
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
