package org.rollcall.attainment;

/** The year 4 multiplication tables check's score: questions answered correctly out of 25. */
public record TablesCheckScore(int value) {

    public static final int HIGHEST = 25;
    public static final String ACCEPTED = "a whole number from 0 to 25";

    public TablesCheckScore {
        if (value < 0 || value > HIGHEST) {
            throw new IllegalArgumentException(value + " is not a multiplication tables check score: use "
                    + ACCEPTED);
        }
    }

    public static TablesCheckScore parse(String typed) {
        return new TablesCheckScore(Numbers.whole(typed, "multiplication tables check score", ACCEPTED));
    }
}
