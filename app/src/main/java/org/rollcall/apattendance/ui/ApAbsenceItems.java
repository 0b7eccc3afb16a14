package org.rollcall.apattendance.ui;

import java.util.List;
import java.util.UUID;

import org.rollcall.apattendance.ApAbsence;
import org.rollcall.apattendance.ApAttendance;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.directory.ProvisionId;
import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.CharacterCounter;
import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;

/**
 * Points to raise on the on-roll school's call: each absence at an AP still flagging its B, with the corrected mark
 * for that past session (validated like any mark, stored with its own date) or "school keeps B"; either closes it,
 * with who, when and on which call (ADR 0028). A named interface: the workspace's card lists these items.
 */
@NamedInterface("ap-absence-items")
public final class ApAbsenceItems {

    private ApAbsenceItems() {
    }

    /** The items for the school's "outstanding" list, with the service from the application. */
    public static List<ListItem> forSchool(ProvisionId school, UUID callId, String operatorName) {
        ApAttendance service = VaadinService.getCurrent().getInstantiator().getOrCreate(ApAttendance.class);
        return service.outstandingFor(school).stream().map(a -> item(service, a, callId, operatorName)).toList();
    }

    static ListItem item(ApAttendance service, ApAbsence absence, UUID callId, String operatorName) {
        ListItem item = new ListItem();
        item.addClassName("ap-absence-outstanding");
        Span said = new Span(absence.sentence() + ": ask the school to correct the B");
        TextField code = new TextField();
        code.setAriaLabel("Corrected mark, " + absence.childName() + ", " + absence.half().label());
        code.setPlaceholder("Code");
        code.setMaxLength(3);
        code.setWidth("5em");
        code.addClassName("ap-correction-code");
        TextField reason = new TextField();
        reason.setAriaLabel("Reason for the corrected mark, " + absence.childName());
        reason.setPlaceholder("Reason, for an absence");
        reason.addClassName("ap-correction-reason");
        CharacterCounter.on(reason, FreeText.MAX_REASON);
        Span outcome = new Span();
        outcome.addClassName("ap-correction-outcome");
        outcome.getElement().setAttribute("role", "status");
        Button corrected = new Button("Corrected");
        Button keeps = new Button("School keeps B");
        corrected.addThemeVariants(ButtonVariant.LUMO_SMALL);
        keeps.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // Focusable by script only: the saved line takes the focus from the button it disables, so the call's
        // shortcuts (Alt+H) still reach the page.
        outcome.getElement().setAttribute("tabindex", "-1");
        Runnable done = () -> {
            outcome.getElement().callJsFunction("focus");
            code.setEnabled(false);
            reason.setEnabled(false);
            corrected.setEnabled(false);
            keeps.setEnabled(false);
        };
        corrected.addClickListener(e -> {
            code.setInvalid(false);
            if (code.getValue().isBlank()) {
                code.setInvalid(true);
                code.setErrorMessage("Type the code the school now gives for that session, such as I or O");
                return;
            }
            try {
                service.corrected(absence.id(), code.getValue(), reason.getValue(), callId, operatorName);
                outcome.setText("Saved: " + code.getValue().strip().toUpperCase(java.util.Locale.UK) + " for "
                        + absence.half().label() + " of that day");
                done.run();
            } catch (MarkRejectedException | IllegalArgumentException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.getMessage());
                outcome.setText("Nothing saved: " + ex.getMessage());
            }
        });
        keeps.addClickListener(e -> {
            try {
                service.schoolKeepsB(absence.id(), callId, operatorName);
                outcome.setText("Saved: the school keeps B");
                done.run();
            } catch (IllegalArgumentException ex) {
                outcome.setText("Nothing saved: " + ex.getMessage());
            }
        });
        HorizontalLayout actions = new HorizontalLayout(code, reason, corrected, keeps);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("font-weight", "normal");
        item.add(new Div(said), actions, outcome);
        return item;
    }
}
