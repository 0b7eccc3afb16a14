package org.rollcall.qa.internal;

import java.time.LocalDate;
import java.util.Objects;

import org.rollcall.calls.CallOutcome;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.recording.RecordingStatus;

/**
 * What the calls list shows: one day, and optionally an authority, a provision, an operator, an outcome, a recording
 * status ({@code noRecording} for calls without one), calls with challenges, with corrections, not yet reviewed,
 * and a search text (school name, or a child's name or UPN on the call's marks).
 */
public record CallFilter(LocalDate date, AuthorityId authority, ProvisionId provision, java.util.UUID operator,
                         CallOutcome outcome, RecordingStatus recording, boolean noRecording, boolean withChallenge,
                         boolean withCorrection, boolean notReviewed, String text) {

    public CallFilter {
        Objects.requireNonNull(date, "date");
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static CallFilter on(LocalDate date) {
        return new CallFilter(date, null, null, null, null, null, false, false, false, false, null);
    }
}
