package org.rollcall.attainment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A teacher assessment against the expected standard (termly teacher assessments and the KS2 writing assessment),
 * with the DfE's codes. The pre-key stage standards (PK1–PK6), BLW and HNM are not modelled: refused by name.
 */
public enum Standard {
    WORKING_TOWARDS("WTS", "Working towards the expected standard", "working towards"),
    EXPECTED("EXS", "Working at the expected standard", "expected"),
    GREATER_DEPTH("GDS", "Working at greater depth", "greater depth");

    public static final String ACCEPTED = "WTS (working towards), EXS (expected) or GDS (greater depth)";

    private final String code;
    private final String label;
    private final String shortWords;

    Standard(String code, String label, String shortWords) {
        this.code = code;
        this.label = label;
        this.shortWords = shortWords;
    }

    public String code() {
        return code;
    }

    /** What screens show. */
    public String label() {
        return label;
    }

    public static Standard parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("enter the assessment: " + ACCEPTED);
        }
        String text = typed.strip().toLowerCase(Locale.UK);
        Optional<Standard> found = Arrays.stream(values()).filter(s -> text.equals(s.code.toLowerCase(Locale.UK))
                || text.equals(s.shortWords) || text.equals(s.label.toLowerCase(Locale.UK))).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        if (text.matches("pk[0-9a-z]?|blw|hnm")) {
            throw new IllegalArgumentException("'" + typed.strip() + "' is a pre-key stage or 'has not met' code, "
                    + "which Rollcall does not record: use " + ACCEPTED);
        }
        throw new IllegalArgumentException("'" + typed.strip() + "' is not a teacher assessment: use " + ACCEPTED);
    }

    public static Standard ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no standard has code " + code));
    }
}
