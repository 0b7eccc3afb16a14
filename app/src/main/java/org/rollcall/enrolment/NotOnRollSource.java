package org.rollcall.enrolment;

/** How Rollcall learnt a child is not on roll; {@link #label()} is what screens show. */
public enum NotOnRollSource {
    CALL("Heard on a call"),
    ADMIN("Recorded by an administrator");

    private final String label;

    NotOnRollSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
