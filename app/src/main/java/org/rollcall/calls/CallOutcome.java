package org.rollcall.calls;

/** How the operator closed the call in wrap-up. */
public enum CallOutcome {
    COMPLETED, NO_ANSWER, BUSY, CALL_BACK, FAILED
}
