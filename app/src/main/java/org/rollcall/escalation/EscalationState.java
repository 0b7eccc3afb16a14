package org.rollcall.escalation;

/** Where an escalation stands; {@link #open()} ones still need someone to act. */
public enum EscalationState {
    CARER_CALL_DUE("Carer to be called", true),
    SOCIAL_WORKER_CALL_DUE("Social worker to be called", true),
    SOCIAL_WORKER_TOLD("Social worker told", false),
    NOBODY_TO_TELL("No social worker or duty address on record", true),
    LETTER_REQUESTED("Exclusion letter requested", true),
    LETTER_RECEIVED("Exclusion letter received", false),
    WITHDRAWN("Closed: the mark was corrected", false);

    private final String label;
    private final boolean open;

    EscalationState(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return open;
    }
}
