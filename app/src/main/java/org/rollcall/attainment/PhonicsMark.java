package org.rollcall.attainment;

/** The phonics screening check's mark: words read correctly out of 40. */
public record PhonicsMark(int value) {

    public static final int HIGHEST = 40;
    public static final String ACCEPTED = "a whole number from 0 to 40";

    public PhonicsMark {
        if (value < 0 || value > HIGHEST) {
            throw new IllegalArgumentException(value + " is not a phonics check mark: use " + ACCEPTED);
        }
    }

    public static PhonicsMark parse(String typed) {
        return new PhonicsMark(Numbers.whole(typed, "phonics check mark", ACCEPTED));
    }
}
