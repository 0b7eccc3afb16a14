package org.rollcall.accounts.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.rollcall.platform.ui.HumanDates;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Rollcall")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph signedOut = new Paragraph();
    private final Clock clock;

    public LoginView(Clock clock) {
        this.clock = clock;
        setSizeFull();
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        signedOut.setId("signed-out");
        signedOut.setVisible(false);
        add(new H1("Rollcall"), new Paragraph("Daily education checks for looked-after children"), signedOut, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        // Sent here by a screen whose session ended (SignedOutScreen): say so, and when it was noticed.
        if (parameters.containsKey("signed-out")) {
            signedOut.setText("You were signed out: your session ended after a time without activity. It was "
                    + HumanDates.time(clock.instant(), clock.getZone()) + " on "
                    + HumanDates.day(LocalDate.now(clock)) + " when this screen noticed. Sign in again to carry on.");
            signedOut.setVisible(true);
        }
    }
}
