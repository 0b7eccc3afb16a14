package org.rollcall.statistics.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param historyYears how many years back statistics may look (default 3): a range starting before today minus this
 *     is refused, which keeps every query inside the marks the indexes are sized for
 */
@ConfigurationProperties("rollcall.statistics")
public record StatisticsProperties(@DefaultValue("3") int historyYears) {

    public StatisticsProperties {
        if (historyYears < 1) {
            throw new IllegalArgumentException("rollcall.statistics.history-years must be 1 or more, not "
                    + historyYears);
        }
    }
}
