package org.rollcall.reports.internal;

import org.rollcall.statistics.AttendanceStatistics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The statistics module's figures, looked up when a report needs them: the reports that do not (absences,
 * exclusions, UPNs) work whether or not that module's implementation is present.
 */
@Component
class StatisticsSource {

    private final ObjectProvider<AttendanceStatistics> statistics;

    StatisticsSource(ObjectProvider<AttendanceStatistics> statistics) {
        this.statistics = statistics;
    }

    AttendanceStatistics get() {
        AttendanceStatistics found = statistics.getIfAvailable();
        if (found == null) {
            throw new IllegalArgumentException("attendance statistics are not available yet, so this report cannot "
                    + "be run");
        }
        return found;
    }
}
