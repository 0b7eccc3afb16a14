package org.rollcall.alternative;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.TimetabledSession;

/**
 * Where and when a child is educated off site, as heard on a call to their on-roll school.
 *
 * @param day the day of the {@code B} mark
 * @param callId the call it was heard on; null when not on a call
 * @param existing the provision chosen from the directory; null when {@code created} is given
 * @param created a provision new to the directory; null when {@code existing} is given
 * @param sessions the weekday sessions the child attends there; empty with {@code notKnown}
 * @param notKnown the school does not know the timetable: the next call to it asks again
 * @param from the first day there (required); {@code to} the last, null when not known
 * @param revising the provision of the child's placement on {@code day} that this capture changes ("change" on the
 *     form, or a timetable asked for on an earlier call); null for a new placement
 * @param by who heard it, for the audit log and the task
 */
public record Capture(ChildId child, ProvisionId onRollSchool, LocalDate day, UUID callId, ProvisionId existing,
                      NewAlternative created, Set<TimetabledSession> sessions, boolean notKnown, LocalDate from,
                      LocalDate to, ProvisionId revising, String by) {

    public Capture {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(onRollSchool, "on-roll school");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(by, "by");
        sessions = sessions == null ? Set.of() : Set.copyOf(sessions);
    }
}
