package org.rollcall.workspace.ui;

import org.rollcall.challenges.Challenges;
import org.rollcall.directory.ProvisionId;

import com.vaadin.flow.server.VaadinService;

/** On the provision card's one "outstanding" list: the challenges the school said it would check, to ask again. */
final class ChallengesOutstanding {

    private ChallengesOutstanding() {
    }

    static void addTo(ProvisionPanel card, ProvisionId provision) {
        card.outstanding(VaadinService.getCurrent().getInstantiator().getOrCreate(Challenges.class).openFor(provision)
                .stream().map(line -> "Challenge: " + line + ": ask what they found").toList());
    }
}
