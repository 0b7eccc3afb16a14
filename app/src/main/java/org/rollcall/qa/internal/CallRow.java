package org.rollcall.qa.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.recording.RecordingStatus;

/** One line of the calls list; {@code recording} and {@code review} are null when there is none. */
public record CallRow(UUID id, LocalDate date, Instant dueAt, String provisionName, CallPurpose purpose,
                      LocalDate collectFrom, int attempt, CallStatus status, String operatorName, CallOutcome outcome,
                      Integer talkSeconds, RecordingStatus recording, boolean hasChallenge, boolean hasCorrection,
                      ReviewResult review, boolean hasMismatch) {

    /** "Morning call", "Afternoon call, weekly", "Carer call". */
    public String which() {
        return purpose.label() + (collectFrom == null ? "" : ", weekly");
    }

    /** "Challenge, correction, differs from school", or empty. */
    public String flags() {
        java.util.List<String> flags = new java.util.ArrayList<>();
        if (hasChallenge) {
            flags.add("challenge");
        }
        if (hasCorrection) {
            flags.add("correction");
        }
        if (hasMismatch) {
            flags.add("differs from school"); // a mark of the call differs from the school's own (ADR 0044)
        }
        String text = String.join(", ", flags);
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
