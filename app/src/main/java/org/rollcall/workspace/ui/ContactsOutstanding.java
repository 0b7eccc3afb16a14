package org.rollcall.workspace.ui;

import java.time.Clock;
import java.util.List;

import org.rollcall.calls.ChildToCollect;
import org.rollcall.directory.ContactsToUpdate;
import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.server.VaadinService;

/**
 * On the card's "outstanding" list: the call's children whose carer or social worker was found wrong (a wrong
 * number, an address mail bounced from): the school may know the new one, saved under Change heard.
 */
final class ContactsOutstanding {

    private ContactsOutstanding() {
    }

    static void addTo(ProvisionPanel card, List<ChildToCollect> children) {
        var beans = VaadinService.getCurrent().getInstantiator();
        var zone = beans.getOrCreate(Clock.class).getZone();
        var flags = beans.getOrCreate(ContactsToUpdate.class)
                .openFor(children.stream().map(c -> c.child().id()).toList());
        card.outstanding(flags.stream().map(f -> "Contact to confirm: " + f.what() + " (" + f.name() + "), found "
                + "wrong on " + HumanDates.day(f.flaggedAt().atZone(zone).toLocalDate()) + " (" + f.reason()
                + "): ask whether the school has the new details, then save them under Change heard").toList());
    }
}
