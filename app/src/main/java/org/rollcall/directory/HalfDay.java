package org.rollcall.directory;

/** A morning or afternoon session of a timetable (the directory's own; attendance has its register sessions). */
public enum HalfDay {
    AM("morning"),
    PM("afternoon");

    private final String label;

    HalfDay(String label) {
        this.label = label;
    }

    /** What screens show, e.g. "Monday morning" is the day's name and this. */
    public String label() {
        return label;
    }
}
