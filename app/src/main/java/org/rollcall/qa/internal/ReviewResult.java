package org.rollcall.qa.internal;

/** A review's result, from the weighted score and the template's thresholds, or overridden with a reason. */
public enum ReviewResult {
    PASS("Pass"),
    NEEDS_COACHING("Needs coaching"),
    FAIL("Fail");

    private final String label;

    ReviewResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
