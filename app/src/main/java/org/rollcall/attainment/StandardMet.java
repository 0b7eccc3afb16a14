package org.rollcall.attainment;

import java.util.Locale;

/**
 * Whether the phonics check's standard was met, as the school says it. Recorded as told: the threshold mark is
 * published by the DfE each June after the check, so Rollcall does not hold one to compare the mark with.
 */
public record StandardMet(boolean met) {

    public static final String ACCEPTED = "yes (met) or no (not met)";

    public static StandardMet parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("enter whether the standard was met: " + ACCEPTED);
        }
        return switch (typed.strip().toLowerCase(Locale.UK)) {
            case "yes", "y", "met", "wa" -> new StandardMet(true);
            case "no", "n", "not met", "wt" -> new StandardMet(false);
            default -> throw new IllegalArgumentException("'" + typed.strip() + "' does not say whether the "
                    + "standard was met: use " + ACCEPTED);
        };
    }

    public String label() {
        return met ? "met" : "not met";
    }
}
