package org.rollcall.demo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param data load demo data into an empty database at start-up
 * @param scale {@code small} (3 authorities, 40 provisions, 150 children) or {@code full} (100 authorities, 8,000
 *     provisions, 28,000 children) for benchmarks
 * @param robotOperators how many simulated operators take calls and enter plausible marks
 * @param robotExclusionRate the share of children (0 to 1) a robot hears are excluded that day: code E, or C with
 *     the "excluded" tick, so the demo shows exclusion alerts and letter requests; 0 (none) unless set
 * @param robotThinkTime how long a robot waits between steps (reading the card, asking for each child)
 * @param windowSpread call windows of demo provisions open spread over this period from start-up
 * @param seed makes the demo data and robots' marks repeatable
 * @param robotApAbsenceRate the share of timetabled sessions (0 to 1) an alternative provision tells a robot the
 *     child missed, with a reason (ADR 0028); 0.2 unless set
 * @param exitAfterGenerating generate the data, then stop the application (the full-scale data command)
 */
@ConfigurationProperties("rollcall.demo")
public record DemoProperties(@DefaultValue("false") boolean data,
                             @DefaultValue("small") String scale,
                             @DefaultValue("0") int robotOperators,
                             @DefaultValue("2s") Duration robotThinkTime,
                             @DefaultValue("0") double robotExclusionRate,
                             @DefaultValue("60m") Duration windowSpread,
                             @DefaultValue("20261123") long seed,
                             @DefaultValue("false") boolean exitAfterGenerating,
                             @DefaultValue("0.2") double robotApAbsenceRate) {

    public DemoProperties {
        if (!scale.equals("small") && !scale.equals("full")) {
            throw new IllegalArgumentException("rollcall.demo.scale must be 'small' or 'full', not '" + scale + "'");
        }
        if (robotExclusionRate < 0 || robotExclusionRate > 1) {
            throw new IllegalArgumentException("rollcall.demo.robot-exclusion-rate must be between 0 and 1, such as "
                    + "0.05, not " + robotExclusionRate);
        }
        if (robotApAbsenceRate < 0 || robotApAbsenceRate > 1) {
            throw new IllegalArgumentException("rollcall.demo.robot-ap-absence-rate must be between 0 and 1, such as "
                    + "0.2, not " + robotApAbsenceRate);
        }
        if (robotOperators < 0 || robotOperators > 500) {
            throw new IllegalArgumentException("rollcall.demo.robot-operators must be between 0 and 500");
        }
    }
}
