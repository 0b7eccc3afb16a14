package org.rollcall.qa.ui;

import org.rollcall.accounts.Accounts;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.qa.internal.Reviews;
import org.rollcall.qa.internal.SavedReview;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** An operator's own reviews: result and score per call; never anyone else's (the query is by the caller's id). */
@Route("my-reviews")
@PageTitle("My reviews")
@Menu(title = "My reviews", order = 13, icon = "vaadin:star")
@RolesAllowed("OPERATOR")
public class MyReviewsView extends VerticalLayout {

    final Grid<SavedReview> grid = new Grid<>(SavedReview.class, false);

    public MyReviewsView(Reviews reviews, Accounts accounts) {
        var mine = reviews.ofOperator(accounts.caller().userId().value());
        grid.setAriaLabel("My reviews");
        grid.addColumn(r -> HumanDates.date(r.callDate())).setHeader("Call on").setAutoWidth(true);
        grid.addColumn(r -> r.result().label()).setHeader("Result").setAutoWidth(true);
        grid.addColumn(r -> r.percent().toPlainString() + " %").setHeader("Score").setAutoWidth(true);
        grid.addColumn(SavedReview::reviewer).setHeader("Reviewed by").setAutoWidth(true);
        grid.addComponentColumn(r -> new RouterLink("Open", MyReviewView.class, new RouteParameters("callId",
                r.callId().toString()))).setHeader("Details").setAutoWidth(true);
        grid.setItems(mine);
        add(mine.isEmpty() ? new Paragraph("None of your calls has been reviewed yet.") : new Paragraph(
                "Your reviewed calls, newest first. Open one to see each score and the reviewer's comments."), grid);
        setSizeFull();
    }
}
