package org.rollcall.attendance;

/** Statistical category of a code; decides whether a reason is needed and how attendance is counted. */
public enum CodeCategory {
    PRESENT, APPROVED_ACTIVITY, AUTHORISED_ABSENCE, UNAUTHORISED_ABSENCE, NOT_POSSIBLE, ADMINISTRATIVE;

    /** As people say it: "Authorised absence". */
    public String label() {
        return switch (this) {
            case PRESENT -> "Present";
            case APPROVED_ACTIVITY -> "Approved educational activity";
            case AUTHORISED_ABSENCE -> "Authorised absence";
            case UNAUTHORISED_ABSENCE -> "Unauthorised absence";
            case NOT_POSSIBLE -> "Not a possible session";
            case ADMINISTRATIVE -> "Administrative";
        };
    }

    public boolean isAbsence() {
        return this == AUTHORISED_ABSENCE || this == UNAUTHORISED_ABSENCE;
    }
}
