package org.rollcall.attendance;

/** Where a mark came from (ADR 0044): heard on a call (or entered by Rollcall staff), a school's own system, or the
 * school's designated teacher in the portal. */
public enum MarkSource {
    CALL("Rollcall call"),
    SCHOOL_FEED("School's system"),
    DESIGNATED_TEACHER("Designated teacher");

    private final String label;

    MarkSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The school's own word: a feed or its designated teacher, not heard on a call. */
    public boolean fromSchool() {
        return this != CALL;
    }
}
