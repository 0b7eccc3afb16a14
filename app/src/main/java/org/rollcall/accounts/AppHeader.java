package org.rollcall.accounts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The bar at the top of every screen: where you are, who you are, sign out. */
public class AppHeader extends HorizontalLayout {

    public AppHeader(String title, Caller caller, AuthenticationContext authentication) {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        H2 heading = new H2("Rollcall · " + title);
        Span who = new Span(caller.name() + " (" + caller.role().name().toLowerCase() + ")");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, who, signOut);
        expand(heading);
    }
}
