package org.rollcall.challenges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.attendance.Session;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;

/** A stored outcome as the authority sees it: the question, what the school said and the codes before and after. */
public record ChallengeRecord(UUID id, UUID markId, ChildId childId, ProvisionId provisionId, LocalDate date,
                              Session session, RuleKind kind, String question, Outcome outcome,
                              String codeTypedFirst, String codeSaved, UUID callId, String recordedBy,
                              Instant recordedAt) {

    /** "Upheld", "Changed from U to O", "School will check". */
    public String outcomeText() {
        return outcome == Outcome.CHANGED ? "Changed from " + codeTypedFirst + " to " + codeSaved : outcome.label();
    }
}
