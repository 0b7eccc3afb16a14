package org.rollcall.workspace.ui;

import java.util.UUID;

import org.rollcall.directory.ProvisionId;
import org.rollcall.moves.Backdating;
import org.rollcall.moves.ui.BackdateGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinService;

/**
 * On the provision card's "outstanding" list: a moved child's marks to backdate from the start date (ADR 0029), each
 * a button that opens the multi-day grid.
 */
final class BackdatesOutstanding {

    private BackdatesOutstanding() {
    }

    static void addTo(ProvisionPanel card, ProvisionId provision, UUID callId, String who) {
        var backdating = VaadinService.getCurrent().getInstantiator().getOrCreate(Backdating.class);
        for (Backdating.Due due : backdating.dueAt(provision)) {
            Button open = new Button(due.label() + " (" + due.missing() + (due.missing() == 1 ? " session)"
                    : " sessions)"));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            ListItem item = new ListItem(open);
            item.setId("backdate-" + due.move());
            open.addClickListener(e -> {
                Dialog dialog = new Dialog();
                dialog.getElement().setAttribute("aria-label", due.label());
                dialog.add(BackdateGrid.forCall(due.move(), callId, who, () -> { }));
                dialog.getFooter().add(new Button("Close", c -> dialog.close()));
                dialog.open();
            });
            card.outstandingItems.add(item);
        }
        card.outstanding(java.util.List.of()); // shows the list when an item was added
    }
}
