package org.rollcall.qa.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.rollcall.qa.ReviewRefusedException;

/**
 * The weighted score: each criterion's score is placed in its own range (min counts 0, max counts 1), weighted, and
 * the sum divided by the weights' total, as a percent. Pass from the template's pass threshold, needs coaching from
 * its coaching threshold, fail below.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The scores in the template's criteria order, checked against each range. */
    public static BigDecimal percent(ScorecardTemplate template, List<Integer> scores) {
        List<Criterion> criteria = template.criteria();
        if (scores == null || scores.size() != criteria.size()) {
            throw new ReviewRefusedException("Score every criterion: " + criteria.size() + " scores are needed, "
                    + (scores == null ? 0 : scores.size()) + " were given.");
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            Integer s = scores.get(i);
            if (s == null) {
                throw new ReviewRefusedException("\"" + c.label() + "\" has no score: give one from " + c.range() + ".");
            }
            if (s < c.min() || s > c.max()) {
                throw new ReviewRefusedException("\"" + c.label() + "\" scored " + s + ", outside its range: give a "
                        + "score from " + c.range() + ".");
            }
            BigDecimal share = BigDecimal.valueOf(s - c.min()).divide(BigDecimal.valueOf(c.max() - c.min()), 10,
                    RoundingMode.HALF_UP);
            total = total.add(share.multiply(c.weight()));
            weights = weights.add(c.weight());
        }
        return total.multiply(BigDecimal.valueOf(100)).divide(weights, 2, RoundingMode.HALF_UP);
    }

    public static ReviewResult result(ScorecardTemplate template, BigDecimal percent) {
        if (percent.compareTo(template.passFrom()) >= 0) {
            return ReviewResult.PASS;
        }
        return percent.compareTo(template.coachingFrom()) >= 0 ? ReviewResult.NEEDS_COACHING : ReviewResult.FAIL;
    }
}
