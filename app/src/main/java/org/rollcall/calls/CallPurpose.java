package org.rollcall.calls;

/** Which of a provision's calls of the day this is. */
public enum CallPurpose {
    /** After the morning register: the AM mark of children called twice a day. */
    MORNING("Morning call"),
    /** After the afternoon register: daily children's AM and PM, twice-daily children's PM, weekly catch-ups. */
    AFTERNOON("Afternoon call"),
    /** To a child's carer after an unauthorised absence; queued by the escalation module, not by the plan. */
    CARER("Carer call"),
    /** To a child's social worker, to tell them what followed a mark; queued by the escalation module too. */
    SOCIAL_WORKER("Social worker call");

    private final String label;

    CallPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A call to a person about one child (carer or social worker), queued by another module: not the plan's, never
     * retried by the dialler, and offered only in the school calls' slack (ADR 0017).
     */
    public boolean aboutAChild() {
        return this == CARER || this == SOCIAL_WORKER;
    }
}
