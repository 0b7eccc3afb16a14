package org.rollcall.workspace.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.rollcall.accounts.Accounts;
import org.rollcall.alternative.AlternativeCapture;
import org.rollcall.alternative.ui.ApCaptureForm;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.ProvisionId;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinService;

/**
 * On the card's "outstanding" list: alternative-provision timetables the school did not know on an earlier call
 * (ADR 0027). "Fill in" opens the same form as a B does; saved with its sessions, the line is cleared.
 */
final class TimetablesOutstanding {

    private TimetablesOutstanding() {
    }

    static void addTo(ProvisionPanel card, ProvisionId school, CallSummary call) {
        var beans = VaadinService.getCurrent().getInstantiator();
        var zone = beans.getOrCreate(Clock.class).getZone();
        LocalDate today = LocalDate.now(beans.getOrCreate(Clock.class));
        var requests = beans.getOrCreate(AlternativeCapture.class).openRequests(school);
        if (requests.isEmpty()) {
            return;
        }
        String operator = beans.getOrCreate(Accounts.class).caller().name();
        for (var request : requests) {
            ListItem item = new ListItem(request.line() + " (not known on " + HumanDates.day(request.askedAt()
                    .atZone(zone).toLocalDate()) + ", asked by " + request.askedBy() + ") ");
            item.addClassName("timetable-outstanding");
            Button fill = new Button("Fill in");
            fill.addThemeVariants(ButtonVariant.LUMO_SMALL);
            fill.setAriaLabel("Fill in " + request.line().replaceFirst("^Ask for ", ""));
            fill.addClickListener(e -> {
                fill.setVisible(false);
                item.add(ApCaptureForm.forChild(request.child(), request.childName(), school, today,
                        call.id().value(), operator, () -> item.getStyle().set("text-decoration", "line-through")));
            });
            item.add(fill);
            card.outstandingItems.add(item);
        }
        card.outstanding(java.util.List.of()); // shows the list when anything is in it
    }
}
