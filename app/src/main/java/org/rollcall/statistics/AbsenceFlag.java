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

    /**
     * The flag for {@code attended} of {@code possible} sessions, on the exact share: 89.96% is below 90% even though
     * it shows as 90.0%. None when no session was possible.
     */
    public static AbsenceFlag of(int attended, int possible) {
        if (possible <= 0) {
            return NONE;
        }
        // Whole numbers, so no rounding decides a threshold.
        return attended * 2L < possible ? SEVERE : attended * 10L < possible * 9L ? PERSISTENT : NONE;
    }
}
