package org.rollcall.attendance;

/** Statistical category of a code; decides whether a reason is needed and how attendance is counted. */
public enum CodeCategory {
    PRESENT, APPROVED_ACTIVITY, AUTHORISED_ABSENCE, UNAUTHORISED_ABSENCE, NOT_POSSIBLE, ADMINISTRATIVE;

    public boolean isAbsence() {
        return this == AUTHORISED_ABSENCE || this == UNAUTHORISED_ABSENCE;
    }
}
