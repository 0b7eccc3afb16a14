package org.rollcall.directory;

/** Which call a window is for: the afternoon call (after the afternoon register) or the morning call. */
public enum WindowPart {
    /** After the afternoon register: daily and weekly calls, and the PM call of children called twice a day. */
    AFTERNOON("Afternoon"),
    /** After the morning register: the AM call of children called twice a day. */
    MORNING("Morning");

    private final String label;

    WindowPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
