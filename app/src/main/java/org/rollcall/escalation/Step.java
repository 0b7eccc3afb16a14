package org.rollcall.escalation;

/** One kind of entry in an escalation's timeline. */
public enum Step {
    OPENED("Opened"),
    MARK_CHANGED("Mark changed"),
    CLOSED_BY_CORRECTION("Closed by a correction"),
    REOPENED("Opened again"),
    CARER_CALL_QUEUED("Carer call queued"),
    CARER_CALL_ATTEMPT("Carer call attempt"),
    CARER_REASON("Carer's reason heard"),
    CARER_UNREACHABLE("Carer could not be reached"),
    CARER_NO_PHONE("No phone number for the carer"),
    WRONG_NUMBER("Wrong number for the carer"),
    SOCIAL_WORKER_TOLD("Social worker told"),
    SOCIAL_WORKER_CALL_QUEUED("Social worker call queued"),
    SOCIAL_WORKER_CALL_ATTEMPT("Social worker call attempt"),
    SOCIAL_WORKER_PHONED("Social worker told by phone"),
    SOCIAL_WORKER_NO_PHONE("No phone number for the social worker"),
    SOCIAL_WORKER_UNREACHABLE("Social worker could not be reached by phone"),
    DUTY_ADDRESS_TOLD("Duty address told"),
    NOBODY_TO_TELL("Nobody to tell"),
    ADDRESS_NOT_VALID("Email address not valid"),
    LETTER_REQUESTED("Exclusion letter requested"),
    LETTER_RECEIVED("Exclusion letter received"),
    LETTER_OVERDUE("Exclusion letter overdue");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
