package org.rollcall.directory;

/** How often a monitored child's sessions are collected; {@link #label()} is what screens show. */
public enum CallFrequency {
    /** One call after the afternoon register, taking the AM and PM marks. */
    DAILY("Daily"),
    /** One call a week on the provision's weekly day, taking every school day's marks since the last call. */
    WEEKLY("Weekly"),
    /** A morning call for the AM mark and an afternoon call for the PM mark, so an absence is known that morning. */
    TWICE_DAILY("Twice a day");

    private final String label;

    CallFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
