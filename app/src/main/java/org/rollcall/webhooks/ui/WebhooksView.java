package org.rollcall.webhooks.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rollcall.accounts.Accounts;
import org.rollcall.directory.Directory;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;
import org.rollcall.webhooks.DeliveryId;
import org.rollcall.webhooks.WebhookEvent;
import org.rollcall.webhooks.WebhookRefusedException;
import org.rollcall.webhooks.Webhooks;
import org.rollcall.webhooks.Webhooks.Delivery;
import org.rollcall.webhooks.Webhooks.Subscription;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * An authority user's webhooks: the addresses subscribed and the delivery log, newest first, each delivery
 * replayable. Subscriptions are added over the API (their secret is shown once, to the system that keeps it).
 */
@Route("webhooks")
@PageTitle("Webhooks")
@Menu(title = "Webhooks", order = 38, icon = "vaadin:connect")
@RolesAllowed("AUTHORITY")
public class WebhooksView extends VerticalLayout {

    static final int SHOWN = 100;

    final Grid<Subscription> subscriptions = new Grid<>(Subscription.class, false);
    final Grid<Delivery> log = new Grid<>(Delivery.class, false);
    final Span status = new Span();
    private final Span summary = new Span();
    private final Webhooks webhooks;
    private final Clock clock;

    public WebhooksView(Accounts accounts, Directory directory, Webhooks webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
        var authority = accounts.caller().authorityId();
        subscriptions.setId("webhook-subscriptions");
        subscriptions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        subscriptions.addComponentColumn(s -> address(s.url())).setHeader("Address").setFlexGrow(2);
        subscriptions.addColumn(s -> s.events().stream().map(WebhookEvent::labelOf).collect(Collectors.joining(", ")))
                .setHeader("Events").setFlexGrow(1);
        subscriptions.addColumn(s -> when(s.createdAt()) + " by " + who(s.createdBy())).setHeader("Added")
                .setAutoWidth(true).setFlexGrow(0);
        subscriptions.setAriaLabel("Webhook subscriptions");
        subscriptions.setAllRowsVisible(true);
        subscriptions.setItems(webhooks.subscriptions());

        log.setId("webhook-deliveries");
        log.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.addColumn(d -> WebhookEvent.labelOf(d.event())).setHeader("Event").setWidth("8rem").setFlexGrow(0);
        log.addComponentColumn(d -> address(d.url())).setHeader("Address").setWidth("12rem");
        log.addColumn(this::state).setHeader("Status").setWidth("10rem").setFlexGrow(0);
        log.addColumn(d -> d.lastStatusCode() == null ? "none" : String.valueOf(d.lastStatusCode()))
                .setHeader("Last answer").setAutoWidth(true).setFlexGrow(0);
        log.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader("Last error").setFlexGrow(2);
        // a fixed width that wraps the date: auto width pushed Replay off a 1280-pixel screen
        log.addColumn(d -> when(d.createdAt())).setHeader("Queued").setWidth("10rem").setFlexGrow(0);
        log.addComponentColumn(d -> {
            Button replay = new Button("Replay", e -> replay(d));
            replay.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            replay.setAriaLabel("Send again: " + WebhookEvent.labelOf(d.event()) + " queued " + when(d.createdAt()));
            return replay;
        }).setHeader("Replay").setAutoWidth(true).setFlexGrow(0);
        log.setAriaLabel("Webhook deliveries, newest first");
        log.setAllRowsVisible(true); // at most SHOWN rows; the page scrolls, not a half-empty box
        status.setId("webhook-status");
        status.getElement().setAttribute("role", "status");
        summary.setId("webhook-summary");
        add(new H2("Webhooks for " + directory.authority(authority).name() + " on "
                        + HumanDates.day(java.time.LocalDate.now(clock))),
                new Paragraph("Subscriptions are added and removed over the API (/api/v1/webhooks); each delivery "
                        + "below can be sent again."),
                new H3("Subscriptions"), subscriptions, new H3("Deliveries"), summary, status, log);
        setWidthFull();
        refresh();
    }

    private void replay(Delivery d) {
        try {
            webhooks.replay(new DeliveryId(UUID.fromString(d.id())));
            status.setText("Sent again: " + WebhookEvent.labelOf(d.event()) + " queued " + when(d.createdAt())
                    + "; it goes out within seconds.");
        } catch (WebhookRefusedException | java.util.NoSuchElementException e) {
            status.setText("Not sent again: " + e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        Page<Delivery> page = webhooks.deliveries(new PageRequest(0, SHOWN));
        log.setItems(page.items());
        summary.setText(page.totalItems() == 0 ? "No deliveries yet." : page.totalItems() > SHOWN
                ? "The latest " + SHOWN + " of " + page.totalItems() + " deliveries (the API pages through all)."
                : page.totalItems() + (page.totalItems() == 1 ? " delivery." : " deliveries."));
    }

    private String state(Delivery d) {
        String state = switch (d.status()) {
            case "DELIVERED" -> "Delivered" + (d.attempts() > 1 ? " after " + d.attempts() + " attempts" : "");
            case "FAILED" -> "Failed after " + d.attempts() + (d.attempts() == 1 ? " attempt" : " attempts");
            default -> d.attempts() == 0 ? "Waiting to send" : "Waiting to retry (" + d.attempts() + " failed)";
        };
        return d.replayedAt() == null ? state : state + ", sent again " + when(d.replayedAt());
    }

    /** A long address wraps anywhere rather than being cut with "…" (it has no spaces to wrap at). */
    private static Span address(String url) {
        Span address = new Span(url);
        address.getStyle().set("overflow-wrap", "anywhere");
        return address;
    }

    /** Who added a subscription: the user's sign-in name, or an API token (whose name holds an authority id). */
    private static String who(String createdBy) {
        return createdBy.startsWith("api-token:") ? "an API token" : createdBy;
    }

    private String when(Instant at) {
        return at == null ? "" : HumanDates.day(at.atZone(clock.getZone()).toLocalDate()) + " at "
                + HumanDates.time(at, clock.getZone());
    }
}
