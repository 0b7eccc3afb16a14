package org.rollcall.accounts.ui;

import org.rollcall.accounts.Accounts;

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
        event.forwardTo(switch (accounts.caller().role()) {
            case OPERATOR -> "workspace";
            case AUTHORITY -> "extranet";
            default -> "calls";
        });
    }
}
