package org.rollcall.qa.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.rollcall.accounts.Accounts;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.qa.internal.ReviewQueue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Calls waiting for a review: each operator's sampled share plus every call with a challenge or a correction
 * (ADR 0032). "Review the next call" takes one for the reviewer; a saved review takes it off the queue.
 */
@Route("review-queue")
@PageTitle("Review queue")
@Menu(title = "Review queue", order = 31, icon = "vaadin:clipboard-check")
@RolesAllowed({"QA", "ADMIN", "SUPERVISOR"})
public class ReviewQueueView extends VerticalLayout {

    final Grid<ReviewQueue.Item> grid = new Grid<>(ReviewQueue.Item.class, false);
    final Button next = new Button("Review the next call");
    final Span empty = new Span();
    private final ReviewQueue queue;

    public ReviewQueueView(ReviewQueue queue, Accounts accounts, Clock clock) {
        this.queue = queue;
        // Opening the queue samples today's calls so far (the scheduled job does it too).
        queue.fill(LocalDate.now(clock));
        add(new Paragraph("A share of each operator's completed calls is sampled every day, and every call with a "
                + "challenge or a corrected mark is added. Reviewed calls leave the queue."));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> queue.takeNext(accounts.caller().name()).ifPresentOrElse(
                id -> getUI().ifPresent(ui -> ui.navigate(CallReviewView.class, new RouteParameters("callId",
                        id.toString()))), () -> empty.setText("Nothing is waiting for a review.")));
        grid.setAriaLabel("Calls waiting for a review");
        grid.addColumn(i -> HumanDates.date(i.callDate())).setHeader("Day").setAutoWidth(true);
        grid.addColumn(ReviewQueue.Item::provisionName).setHeader("Provision").setAutoWidth(true);
        grid.addColumn(i -> i.operatorName() == null ? "" : i.operatorName()).setHeader("Operator").setAutoWidth(true);
        grid.addColumn(ReviewQueue.Item::reasonLabel).setHeader("Why").setAutoWidth(true);
        grid.addColumn(i -> i.takenBy() == null ? "" : "Taken by " + i.takenBy()).setHeader("Reviewer")
                .setAutoWidth(true);
        grid.addComponentColumn(i -> new RouterLink("Review", CallReviewView.class, new RouteParameters("callId",
                i.callId().toString()))).setHeader("Open").setAutoWidth(true);
        empty.getElement().setAttribute("role", "status");
        add(next, empty, grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        var items = queue.open();
        grid.setItems(items);
        empty.setText(items.isEmpty() ? "Nothing is waiting for a review." : items.size() + " waiting");
    }
}
