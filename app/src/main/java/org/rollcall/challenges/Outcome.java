package org.rollcall.challenges;

/** What became of a question put to the school. */
public enum Outcome {
    UPHELD("Upheld"),
    CHANGED("Changed"),
    SCHOOL_WILL_CHECK("School will check");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** What screens show. */
    public String label() {
        return label;
    }
}
