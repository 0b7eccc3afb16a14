package org.rollcall.oversight.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Audit actions in words for the viewer. Actions not listed are shown as their words in lower case, so a new one
 * is still readable (add it here for a better phrase).
 */
final class ActionLabels {

    static final String ON_CALL = "VIEW_CHILD_ON_CALL";
    static final String IN_REVIEW = "VIEW_CHILD_IN_REVIEW";
    static final String EXPORT = "EXPORT_AUDIT";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(ON_CALL, "viewed on a call"),
            Map.entry(IN_REVIEW, "viewed in a call review"),
            Map.entry("VIEW_CHILD", "viewed in the extranet"),
            Map.entry("VIEW_CHILD_REFUSED", "was refused the record in the extranet"),
            Map.entry("CORRECT_MARK", "corrected a mark"),
            Map.entry("SCHOOL_MOVE", "recorded a school move"),
            Map.entry("NOT_ON_ROLL", "recorded not on roll"),
            Map.entry("CHANGE_HEARD", "recorded a change heard on a call"),
            Map.entry("RECORD_RESULT", "recorded attainment results"),
            Map.entry("PLAY_RECORDING", "played a call's recording"),
            Map.entry("HOLD_RECORDING", "placed a legal hold"),
            Map.entry("RELEASE_RECORDING", "lifted a legal hold"),
            Map.entry(EXPORT, "exported the audit log"));

    private ActionLabels() {
    }

    static String label(String action) {
        String known = LABELS.get(action);
        return known != null ? known : action.replace('_', ' ').toLowerCase(Locale.UK);
    }
}
