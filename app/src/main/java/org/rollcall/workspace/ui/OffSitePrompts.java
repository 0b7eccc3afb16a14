package org.rollcall.workspace.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.rollcall.alternative.ui.ApCaptureForm;
import org.rollcall.calls.SessionSlot;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ExpectedChild;
import org.rollcall.directory.ProvisionId;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The mark-entry grid's hook for code {@code B} (educated off site, issue 12): typing B in a child's session opens
 * the alternative-provision form in a full-width row under the child, the focus in it. Saved on its own (ADR 0027),
 * after which the row's challenge questions are asked again, so "B with no known alternative provision" goes.
 */
class OffSitePrompts {

    static final String OFF_SITE = "B";

    private final ProvisionId school;
    private final UUID callId;
    private final String operator;
    private final Map<ChildId, ApCaptureForm> forms = new HashMap<>();

    OffSitePrompts(ProvisionId school, UUID callId, String operator) {
        this.school = school;
        this.callId = callId;
        this.operator = operator;
    }

    /** The row under a child's fields: empty until a B is typed there. */
    Div row(ExpectedChild child, Map<SessionSlot, TextField> fields, Runnable askChallengesAgain) {
        Div row = new Div();
        row.addClassName("off-site-row");
        row.getStyle().set("grid-column", "1 / -1");
        fields.forEach((slot, field) -> field.addValueChangeListener(e -> {
            if (!e.getValue().strip().equalsIgnoreCase(OFF_SITE)) {
                return;
            }
            ApCaptureForm form = forms.computeIfAbsent(child.id(), id -> {
                ApCaptureForm created = ApCaptureForm.forChild(id, child.fullName(), school, slot.date(), callId,
                        operator, askChallengesAgain);
                row.add(created);
                return created;
            });
            form.setVisible(true);
            if (form.formShowing()) {
                form.showForm(true); // the focus goes to "Where"; a known timetable shows one line instead
            }
        }));
        return row;
    }

    /** The form under a child's row, once a B was typed there; for tests. */
    ApCaptureForm form(ChildId child) {
        return forms.get(child);
    }
}
