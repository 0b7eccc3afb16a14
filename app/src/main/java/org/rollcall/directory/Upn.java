package org.rollcall.directory;

import java.util.regex.Pattern;

/**
 * Unique Pupil Number: a check letter then 12 characters (digits; a temporary UPN ends in a letter). The check
 * letter is the weighted sum (weights 2–13) of characters 2–13, mod 23, mapped onto {@link #CHECK_LETTERS}.
 */
public record Upn(String value) {

    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
    private static final Pattern UNUSED_LETTER = Pattern.compile("[IOS]");

    public Upn {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("UPN '" + value + "' is malformed: expected 13 characters, a check "
                    + "letter then 12 digits (a temporary UPN ends in a letter), for example "
                    + withCheckLetter("801200001001"));
        }
        if (UNUSED_LETTER.matcher(value).find()) {
            // I, O and S are never used (they look like 1, 0 and 5); the check sum has no value for them.
            throw new IllegalArgumentException("UPN '" + value + "' is malformed: the letters I, O and S are never "
                    + "used in a UPN; check whether 1, 0 or 5 was meant");
        }
        char expected = checkLetterFor(value.substring(1));
        if (value.charAt(0) != expected) {
            throw new IllegalArgumentException("UPN '" + value + "' has the wrong check letter '" + value.charAt(0)
                    + "': for the digits " + value.substring(1) + " it must be '" + expected + "'; check the UPN "
                    + "with the school");
        }
    }

    /** Parses user input, ignoring surrounding spaces and case. */
    public static Upn parse(String text) {
        return new Upn(text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Builds a valid UPN from its 12 trailing characters. */
    public static String withCheckLetter(String twelve) {
        return checkLetterFor(twelve) + twelve;
    }

    /** The three-digit LA number in characters 2–4. */
    public String laCode() {
        return value.substring(1, 4);
    }

    static char checkLetterFor(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : CHECK_LETTERS.indexOf(c);
            sum += v * (i + 2);
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }

    @Override
    public String toString() {
        return value;
    }
}
