package org.rollcall.reports.ui;

import java.util.Map;

import org.rollcall.reports.ReportKind;

/** What each report shows, in a sentence, for the list of reports. */
final class ReportDescriptions {

    private static final Map<ReportKind, String> DESCRIPTIONS = Map.of(
            ReportKind.DAILY_ABSENCE, "Children absent: school, session, code and its meaning, the reason given, "
                    + "and what followed.",
            ReportKind.WEEKLY_SUMMARY, "Each child's possible and attended sessions and attendance percentage, "
                    + "with the authority's total.",
            ReportKind.EXCLUSIONS, "Exclusions heard on calls and where each exclusion letter stands.",
            ReportKind.PERSISTENT_ABSENCE, "Children below 90% (persistent) or 50% (severe) attendance, the lowest "
                    + "first.",
            ReportKind.NOT_ON_ROLL, "Children off a school's roll with no new school, and children whose UPN is "
                    + "still to be collected.",
            ReportKind.COHORTS, "Attendance of looked-after children, post-16, youth offending and children "
                    + "missing education, side by side.",
            ReportKind.BOROUGH, "Attendance of children at schools in the authority's area and outside it.",
            ReportKind.FOLLOW_UPS, "What followed each unauthorised absence and exclusion, the outcome and when "
                    + "it was closed.",
            ReportKind.UPN_QUALITY, "Every child's UPN checked for the SSDA903 return: missing, wrong check "
                    + "letter, another LA's number, duplicates.",
            ReportKind.SSDA903_ATTENDANCE, "Each child's sessions over the return's period with the persistent "
                    + "(PA) or severe (SA) absence flag.");

    private ReportDescriptions() {
    }

    static String of(ReportKind kind) {
        return DESCRIPTIONS.get(kind);
    }
}
