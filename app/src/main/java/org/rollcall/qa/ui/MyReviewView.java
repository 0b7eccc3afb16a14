package org.rollcall.qa.ui;

import java.util.UUID;

import org.rollcall.accounts.Accounts;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.qa.internal.Criterion;
import org.rollcall.qa.internal.PinnedComment;
import org.rollcall.qa.internal.Reviews;
import org.rollcall.qa.internal.SavedReview;
import org.rollcall.qa.internal.ScorecardTemplate;
import org.rollcall.qa.internal.Scorecards;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One of the operator's own reviews: each score, the result and the comments with their moment in the call. Another
 * operator's review, even by its address, shows the same "no such review" as an unknown one.
 */
@Route("my-reviews/:callId")
@PageTitle("My review")
@RolesAllowed("OPERATOR")
public class MyReviewView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph heading = new Paragraph();
    final UnorderedList scores = new UnorderedList();
    final UnorderedList comments = new UnorderedList();
    private final Reviews reviews;
    private final Scorecards scorecards;
    private final Accounts accounts;

    public MyReviewView(Reviews reviews, Scorecards scorecards, Accounts accounts) {
        this.reviews = reviews;
        this.scorecards = scorecards;
        this.accounts = accounts;
        heading.setId("my-review-heading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new RouterLink("← Back to my reviews", MyReviewsView.class), heading);
        UUID me = accounts.caller().userId().value();
        SavedReview review;
        try {
            review = reviews.of(UUID.fromString(event.getRouteParameters().get("callId").orElse(""))).filter(r ->
                    me.equals(r.operatorId())).orElse(null);
        } catch (IllegalArgumentException e) {
            review = null;
        }
        if (review == null) {
            heading.setText("There is no review of yours at this address: open your reviews from My reviews.");
            return;
        }
        heading.setText("Call on " + HumanDates.day(review.callDate()) + ": " + review.result().label() + " ("
                + review.percent().toPlainString() + " %), reviewed by " + review.reviewer()
                + (review.overridden() ? "; result set by the reviewer: " + review.overrideReason() : "") + ".");
        ScorecardTemplate template = scorecards.byId(review.templateId());
        for (int i = 0; i < template.criteria().size(); i++) {
            Criterion c = template.criteria().get(i);
            scores.add(new ListItem(c.label() + ": " + review.scores().get(i) + " (" + c.range() + ")"));
        }
        for (PinnedComment c : reviews.comments(review.callId())) {
            comments.add(new ListItem(c.at() + " · " + c.text() + " (" + c.writtenBy() + ")"));
        }
        add(new H3("Scores"), scores, new H3("Comments"), comments.getComponentCount() == 0
                ? new Paragraph("No comments.") : comments);
    }
}
