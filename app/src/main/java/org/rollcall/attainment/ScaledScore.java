package org.rollcall.attainment;

/** A key stage 2 test result (reading, maths, grammar, punctuation and spelling) on the DfE's scaled scores. */
public record ScaledScore(int value) {

    public static final int LOWEST = 80;
    public static final int HIGHEST = 120;
    public static final String ACCEPTED = "a whole number from 80 to 120";

    public ScaledScore {
        if (value < LOWEST || value > HIGHEST) {
            throw new IllegalArgumentException(value + " is not a KS2 scaled score: use " + ACCEPTED);
        }
    }

    public static ScaledScore parse(String typed) {
        return new ScaledScore(Numbers.whole(typed, "KS2 scaled score", ACCEPTED));
    }
}
