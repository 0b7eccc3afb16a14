package org.rollcall.qa.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.rollcall.qa.ReviewRefusedException;

/**
 * What reviewers score calls against: criteria with weights and ranges, the thresholds (percent of the weighted
 * maximum) for pass and for needs coaching, and the share of each operator's calls sampled for review.
 *
 * @param id null until saved
 */
public record ScorecardTemplate(UUID id, String name, int samplePercent, BigDecimal passFrom,
                                BigDecimal coachingFrom, List<Criterion> criteria) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ScorecardTemplate {
        if (name == null || name.isBlank()) {
            throw new ReviewRefusedException("The template needs a name, for example \"Standard call review\".");
        }
        name = name.strip();
        if (samplePercent < 0 || samplePercent > 100) {
            throw new ReviewRefusedException("The sample must be a share from 0 to 100 % of each operator's calls, "
                    + "for example 5, not " + samplePercent + ".");
        }
        if (passFrom == null || coachingFrom == null || coachingFrom.signum() < 0 || passFrom.compareTo(HUNDRED) > 0
                || coachingFrom.compareTo(passFrom) > 0) {
            throw new ReviewRefusedException("The thresholds must satisfy 0 ≤ needs coaching from ≤ pass from ≤ 100 "
                    + "(percent of the best possible score), for example 60 and 80.");
        }
        if (criteria == null || criteria.isEmpty()) {
            throw new ReviewRefusedException("The template needs at least one criterion to score.");
        }
        criteria = List.copyOf(criteria);
        var labels = new HashSet<String>();
        for (Criterion c : criteria) {
            if (!labels.add(c.label().toLowerCase(java.util.Locale.UK))) {
                throw new ReviewRefusedException("Two criteria are called \"" + c.label() + "\": give each its own name.");
            }
        }
    }

    public ScorecardTemplate withId(UUID newId) {
        return new ScorecardTemplate(newId, name, samplePercent, passFrom, coachingFrom, criteria);
    }
}
