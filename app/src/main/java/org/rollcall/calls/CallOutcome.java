package org.rollcall.calls;

/** How the operator closed the call in wrap-up. */
public enum CallOutcome {
    COMPLETED("Completed"),
    NO_ANSWER("No answer"),
    BUSY("Busy"),
    CALL_BACK("Call back later"),
    FAILED("Failed");

    private final String label;

    CallOutcome(String label) {
        this.label = label;
    }

    /** What screens show. */
    public String label() {
        return label;
    }
}
