package org.rollcall.directory;

/** The nation whose attendance rules (and code set) apply. */
public enum Nation {
    ENGLAND("England"),
    WALES("Wales");

    private final String label;

    Nation(String label) {
        this.label = label;
    }

    /** What screens show. */
    public String label() {
        return label;
    }
}
