package org.rollcall.statistics;

/**
 * A group's figures (a school, a cohort, in or out of borough): sessions summed over its children, how many children,
 * and how many of them are persistently or severely absent. {@code label} is what screens show.
 */
public record GroupStatistics(Grouping grouping, String label, int children, SessionFigures sessions,
                              int persistentlyAbsent, int severelyAbsent) {
}
