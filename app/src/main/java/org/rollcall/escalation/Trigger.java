package org.rollcall.escalation;

/** What a mark started; an escalation is unique per child, day and trigger. */
public enum Trigger {
    /** An unauthorised absence code (England and Wales: G N O U, read from the code set's category). */
    UNAUTHORISED_ABSENCE("Unauthorised absence"),
    /** An exclusion code (E in both nations' sets; rollcall.escalation.exclusion-codes). */
    EXCLUSION("Exclusion");

    private final String label;

    Trigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
