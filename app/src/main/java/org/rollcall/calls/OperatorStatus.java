package org.rollcall.calls;

/** An operator's availability; {@link #label()} for others' screens, {@link #toOperator()} for the operator's own. */
public enum OperatorStatus {
    OFFLINE("Offline", "You are offline"),
    READY("Ready", "You are ready"),
    RESERVED("Call reserved", "A call is reserved for you"),
    ON_CALL("On a call", "You are on a call"),
    WRAP_UP("In wrap-up", "You are in wrap-up");

    private final String label;
    private final String toOperator;

    OperatorStatus(String label, String toOperator) {
        this.label = label;
        this.toOperator = toOperator;
    }

    public String label() {
        return label;
    }

    /** The status told to the operator in person, for example "A call is reserved for you". */
    public String toOperator() {
        return toOperator;
    }
}
