package org.rollcall.attainment;

/** Reads a whole number as typed, or says what the scale accepts. */
final class Numbers {

    private Numbers() {
    }

    static int whole(String typed, String what, String accepted) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("enter the " + what + ": " + accepted);
        }
        String text = typed.strip();
        if (!text.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("'" + text + "' is not a " + what + ": use " + accepted);
        }
        return Integer.parseInt(text);
    }
}
