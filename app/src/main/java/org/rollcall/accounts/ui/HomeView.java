package org.rollcall.accounts.ui;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Caller;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** Sends each user to their own screen. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final Accounts accounts;

    public HomeView(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = accounts.caller();
        switch (caller.role()) {
            case OPERATOR -> event.forwardTo("workspace");
            case AUTHORITY -> event.forwardTo("extranet");
            case DESIGNATED_TEACHER -> event.forwardTo("my-pupils");
            default -> event.forwardTo("calls");
        }
    }
}
