package org.rollcall.attendance;

import java.util.List;

/**
 * The marks one save recorded (a call's Save, a school's upload, a closure), in the order recorded. Modules that act
 * on marks listen for this, not for each {@link MarkRecorded}: Spring Modulith keeps one publication record per
 * listening module per event, so a batch costs each module one record and one transaction, not one per mark
 * (ADR 0052). Screens, which keep no records, still follow each {@link MarkRecorded}.
 */
public record MarksRecorded(List<MarkRecorded> marks) {

    public MarksRecorded {
        marks = List.copyOf(marks);
    }
}
