package org.rollcall.support;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.server.VaadinSession;

/** Browserless tests hold the session lock; releasing it runs what server push queued with UI.access. */
public final class Push {

    private Push() {
    }

    public static void deliver() {
        MockVaadin.runUIQueue(true, VaadinSession.getCurrent());
    }
}
