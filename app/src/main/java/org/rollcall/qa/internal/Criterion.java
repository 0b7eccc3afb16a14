package org.rollcall.qa.internal;

import java.math.BigDecimal;

import org.rollcall.qa.ReviewRefusedException;

/** One line of a scorecard: what is judged, how much it counts, and the scores it accepts (min to max). */
public record Criterion(String label, BigDecimal weight, int min, int max) {

    public Criterion {
        if (label == null || label.isBlank()) {
            throw new ReviewRefusedException("Every criterion needs a name, for example \"Password checked\".");
        }
        label = label.strip();
        if (weight == null || weight.signum() <= 0) {
            throw new ReviewRefusedException("The weight of \"" + label + "\" must be more than 0, for example 1 or 2"
                    + (weight == null ? "" : ", not " + weight.toPlainString()) + ".");
        }
        if (max <= min) {
            throw new ReviewRefusedException("The score range of \"" + label + "\" must go up: the highest score ("
                    + max + ") must be more than the lowest (" + min + "), for example 0 to 2.");
        }
    }

    /** "0 to 2". */
    public String range() {
        return min + " to " + max;
    }
}
