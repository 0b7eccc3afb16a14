package org.rollcall.statistics;

/** How an authority's children are grouped for statistics. */
public enum Grouping {
    SCHOOL("School"),
    COHORT("Cohort"),
    BOROUGH("In or out of borough");

    private final String label;

    Grouping(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
