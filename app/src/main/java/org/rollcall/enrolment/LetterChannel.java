package org.rollcall.enrolment;

/** How an introduction letter goes; {@link #label()} is what screens show. */
public enum LetterChannel {
    EMAIL("By email"),
    PRINT("Printed and posted");

    private final String label;

    LetterChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
