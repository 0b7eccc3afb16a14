package org.rollcall.platform;

import java.util.Map;
import java.util.Optional;

/**
 * The one check for text people type or paste (reasons, notes, names): within its length, and free of control
 * characters (a NUL breaks the database, others corrupt exports and logs) and of bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), which make text show in another order than it was typed. Refused rather
 * than silently cleaned, so what is stored is what the person saw; the message says what and where.
 */
public final class FreeText {

    /** Names of people, schools and authorities. */
    public static final int MAX_NAME = 200;
    /** Reasons and notes (a mark's reason, a closure's note, why a hold is placed). */
    public static final int MAX_REASON = 500;

    private static final Map<Integer, String> BIDI = Map.of(
            0x202A, "left-to-right embedding", 0x202B, "right-to-left embedding",
            0x202C, "pop directional formatting", 0x202D, "left-to-right override",
            0x202E, "right-to-left override", 0x2066, "left-to-right isolate", 0x2067, "right-to-left isolate",
            0x2068, "first strong isolate", 0x2069, "pop directional isolate");

    private FreeText() {
    }

    /**
     * What is wrong with {@code text} (null or blank is not this check's business), as a sentence starting with
     * {@code what} ("the reason"); empty when it is acceptable. {@code multiline} fields accept line breaks; every
     * field accepts tabs.
     */
    public static Optional<String> problem(String text, String what, int maxLength, boolean multiline) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.length() > maxLength) {
            return Optional.of(what + " is " + value.length() + " characters long: keep it to " + maxLength);
        }
        for (int i = 0, position = 1; i < value.length(); position++) {
            int c = value.codePointAt(i);
            String name = BIDI.get(c);
            if (name != null) {
                return Optional.of(what + " contains an invisible " + name + " character (" + code(c) + ") at "
                        + "character " + position + ", which makes text show in another order than it was typed: "
                        + "retype the text rather than pasting it");
            }
            if (control(c) && !(c == '\t' || (multiline && (c == '\n' || c == '\r')))) {
                return Optional.of(what + " contains a control character (" + code(c) + ") at character "
                        + position + ": use letters, digits, spaces and punctuation only"
                        + (multiline ? " (line breaks are fine)" : ", on one line"));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /**
     * The text stripped, or null when null or blank; refused with an {@link IllegalArgumentException} saying why
     * (for callers whose refusals are IllegalArgumentExceptions; others throw their own with {@link #problem}).
     */
    public static String checked(String text, String what, int maxLength, boolean multiline) {
        problem(text, what, maxLength, multiline).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean control(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static String code(int c) {
        return String.format("U+%04X", c);
    }
}
