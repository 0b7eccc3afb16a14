package org.rollcall.subscriptions.ui;

import java.util.List;

import org.rollcall.subscriptions.ReportSubscriptions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page the unsubscribe link in a report email opens, without signing in. Opening it changes nothing (mail
 * scanners open links); the button stops the emails.
 */
@Route(value = "report-emails/unsubscribe", autoLayout = false)
@PageTitle("Stop a report email · Rollcall")
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph message = new Paragraph();
    final Button stop = new Button("Stop these emails");
    private final ReportSubscriptions subscriptions;
    private String token;

    public UnsubscribeView(ReportSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
        getElement().setAttribute("role", "main");
        message.setId("unsubscribe-message");
        message.getElement().setAttribute("role", "status");
        stop.setId("unsubscribe-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.addClickListener(e -> {
            try {
                message.setText("Done: Rollcall no longer emails " + subscriptions.unsubscribeByLink(token) + ".");
            } catch (IllegalArgumentException refused) {
                message.setText(refused.getMessage());
            }
            stop.setVisible(false);
        });
        add(new H1("Stop a report email"), message, stop);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of(""))
                .getFirst();
        try {
            message.setText("Stop emailing " + subscriptions.describeLink(token) + "? Nothing else changes.");
            stop.setVisible(true);
        } catch (IllegalArgumentException refused) {
            message.setText(refused.getMessage());
            stop.setVisible(false);
        }
    }
}
