package org.rollcall.attainment;

import java.time.Instant;
import java.util.UUID;

import org.rollcall.calls.CallId;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;

/**
 * One value recorded: who heard it, when, on which call (null off a call), for which child, assessment and subject,
 * in which academic year and term. {@code value} is as stored ("104", "EXS", "A*", "met"); {@link #shown()} is what
 * screens show.
 */
public record RecordedResult(UUID id, ChildId child, AuthorityId authority, CallId call, Assessment assessment,
                             Subject subject, String value, AcademicTerm term, Instant recordedAt,
                             String recordedBy) {

    public String shown() {
        return subject.show(value);
    }
}
