package org.rollcall.directory;

/** Which of an authority's children its contract has Rollcall monitor. */
public enum ScopeMode {
    ALL("All children"),
    PILOT("A pilot list of children"),
    IN_BOROUGH("Children at schools in the borough"),
    OUT_OF_BOROUGH("Children at schools outside the borough");

    private final String label;

    ScopeMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
