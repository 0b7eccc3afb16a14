package org.rollcall.directory;

/** How often a provision is called: daily, or weekly as a last resort and for post-16. */
public enum Frequency {
    DAILY("Daily"),
    WEEKLY("Weekly");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    /** What screens show. */
    public String label() {
        return label;
    }
}
