package org.rollcall.subscriptions;

/** How often a report is emailed: every weekday, or once a week on a chosen weekday. */
public enum ReportFrequency {
    DAILY("Daily"), WEEKLY("Weekly");

    private final String label;

    ReportFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
