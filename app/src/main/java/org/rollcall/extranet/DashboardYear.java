package org.rollcall.extranet;

import java.util.List;
import java.util.Map;

import org.rollcall.statistics.DateRange;
import org.rollcall.statistics.WeekStatistics;

/**
 * The authority's school year to a day, week by week (the dashboard's attendance-by-week and year's absence-reasons
 * charts), with the meaning of each attendance code for labels.
 */
public record DashboardYear(String authorityName, DateRange range, List<WeekStatistics> weeks,
                            Map<String, String> codeMeanings) {

    public DashboardYear {
        weeks = List.copyOf(weeks);
        codeMeanings = Map.copyOf(codeMeanings);
    }
}
