package org.rollcall.statistics;

/** DfE thresholds: persistent absence below 90% attendance, severe absence below 50%. */
public enum AbsenceFlag {
    NONE("None"),
    PERSISTENT("Persistent absence (below 90%)"),
    SEVERE("Severe absence (below 50%)");

    private final String label;

    AbsenceFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The flag for an attendance percentage; none when no session was possible ({@code null}). */
    public static AbsenceFlag of(Double attendancePercent) {
        if (attendancePercent == null) {
            return NONE;
        }
        return attendancePercent < 50.0 ? SEVERE : attendancePercent < 90.0 ? PERSISTENT : NONE;
    }
}
