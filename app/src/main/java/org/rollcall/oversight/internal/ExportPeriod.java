package org.rollcall.oversight.internal;

import java.time.LocalDate;

import org.rollcall.oversight.AuditRefusedException;

/** The period an export may cover: given, in order, and no longer than the audit log keeps entries. */
final class ExportPeriod {

    private ExportPeriod() {
    }

    static void check(LocalDate from, LocalDate to, int retentionMonths) {
        if (from == null || to == null) {
            throw new AuditRefusedException("an export needs a period: choose the first and last day (at most "
                    + retentionMonths + " months, the time audit entries are kept)");
        }
        if (to.isBefore(from)) {
            throw new AuditRefusedException("the period ends (" + to + ") before it starts (" + from
                    + "): choose a last day on or after the first");
        }
        if (to.isAfter(from.plusMonths(retentionMonths).minusDays(1))) {
            throw new AuditRefusedException("the period " + from + " to " + to + " is longer than the "
                    + retentionMonths + " months audit entries are kept: choose a last day no later than "
                    + from.plusMonths(retentionMonths).minusDays(1));
        }
    }
}
