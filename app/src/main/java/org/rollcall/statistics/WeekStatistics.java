package org.rollcall.statistics;

import java.time.LocalDate;

/** An authority's sessions over one week (Monday {@code weekStarting}), for the attendance-by-week chart. */
public record WeekStatistics(LocalDate weekStarting, SessionFigures sessions) {
}
