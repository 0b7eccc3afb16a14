package org.rollcall.workspace.ui;

import org.rollcall.apattendance.ui.ApAbsenceItems;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.ProvisionId;

/**
 * On the card's "outstanding" list: absences at an alternative provision that flag this school's B, each with
 * "corrected" or "school keeps B" (ADR 0028).
 */
final class ApAbsencesOutstanding {

    private ApAbsencesOutstanding() {
    }

    static void addTo(ProvisionPanel card, ProvisionId school, CallSummary call) {
        ApAbsenceItems.forSchool(school, call.id().value(), call.operatorName()).forEach(card.outstandingItems::add);
        card.outstanding(java.util.List.of()); // shows the list when an item was added
    }
}
