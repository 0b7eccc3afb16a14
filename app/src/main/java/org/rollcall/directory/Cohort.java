package org.rollcall.directory;

/** Why Rollcall monitors a child; {@link #label()} is what screens show. */
public enum Cohort {
    LAC("Looked-after child"),
    POST_16("Post-16"),
    YOT("Youth offending team"),
    CME("Child missing education");

    private final String label;

    Cohort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
