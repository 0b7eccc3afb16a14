package org.rollcall.qa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.qa.internal.Criterion;
import org.rollcall.qa.internal.ReviewQueue;
import org.rollcall.qa.internal.ReviewResult;
import org.rollcall.qa.internal.Reviews;
import org.rollcall.qa.internal.ScorecardTemplate;
import org.rollcall.qa.internal.Scorecards;
import org.rollcall.recording.Recordings;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.button.Button;

/**
 * A robot-taken call reviewed end to end: the queue samples it, the review page puts its marks on the timeline and
 * leads back to the list with its filters, the scorecard refuses bad scores and a bare override and saves a good one
 * (the call leaves the queue), comments are pinned only within the recording, and only the call's own operator sees
 * the review, by menu or by address. Same context as CallReviewIntegrationTests (same properties).
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class QaReviewIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired Reviews reviews;
    @Autowired ReviewQueue queue;
    @Autowired Scorecards scorecards;
    @Autowired Clock clock;

    private CallSummary call;

    @BeforeAll
    void aRecordedCall() {
        accounts.createUser("qa-scorer", "QA scorer", "qa-scorer-password", Role.QA, null);
        accounts.createUser("admin-scorer", "Admin scorer", "admin-scorer-password", Role.ADMIN, null);
        accounts.createUser("op-elsewhere", "Another operator", "op-elsewhere-password", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Scorecard Borough", Nation.ENGLAND, "868");
        call = RecordedCalls.recordedCallTo(calls, recordings, clock,
                RecordedCalls.school(directory, clock, authority, "Scorecard Primary", "01632 960868"));
    }

    @Test
    @Order(1)
    void everyCompletedCallIsQueuedAtAHundredPercentAndTheReviewerTakesTheNext() {
        ScorecardTemplate standard = scorecards.active();
        scorecards.save(new ScorecardTemplate(null, standard.name(), 100, standard.passFrom(),
                standard.coachingFrom(), standard.criteria()), "test");
        queue.fill(call.date());
        assertThat(queue.open()).anySatisfy(item -> {
            assertThat(item.callId()).isEqualTo(call.id().value());
            assertThat(item.reasonLabel()).isEqualTo("Sampled");
            assertThat(item.provisionName()).isEqualTo("Scorecard Primary");
        });
        SignIn.as(users, contexts, "qa-scorer");
        ReviewQueueView view = navigate(ReviewQueueView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        // Put the template back: other tests sharing the database sample at the standard share.
        scorecards.save(standard, "test");
    }

    @Test
    @Order(2)
    void theReviewPagePutsEveryMarkOnTheTimelineAndLeadsBackToTheFilteredList() {
        SignIn.as(users, contexts, "qa-scorer");
        UI.getCurrent().navigate(CallReviewView.class, new RouteParameters("callId", call.id().toString()),
                QueryParameters.simple(java.util.Map.of("date", call.date().toString(), "q", "Scorecard")));
        CallReviewView view = find(CallReviewView.class).single();
        assertThat(view.audio).isNotNull();
        assertThat(view.timeline.items).filteredOn(i -> i.kind() == TimelineItem.Kind.MARK).hasSize(2)
                .allSatisfy(i -> {
                    assertThat(i.offsetMillis()).isNotNull();
                    assertThat(i.text()).startsWith("Pip Scorecard-Primary: ").doesNotContain(call.id().toString());
                });
        assertThat(view.timeline.list.getChildren().count()).isEqualTo(view.timeline.items.size());
        assertThat(view.back.getHref()).startsWith("calls?").contains("date=" + call.date()).contains("q=Scorecard");
        var marks = test(view.marks);
        assertThat(marks.size()).isEqualTo(2);
        assertThat(marks.getCellText(0, 1)).matches("\\w{3} \\d+ \\w{3} (morning|afternoon)");
        assertThat(marks.getCellComponent(0, 6)).as("QA may correct each mark").isInstanceOf(Button.class)
                .satisfies(c -> assertThat(((Button) c).getText()).isEqualTo("Correct…"));
    }

    @Test
    @Order(3)
    void theScorecardRefusesAScoreOutOfRangeAndABareOverrideAndSavesNothingThen() {
        SignIn.as(users, contexts, "qa-scorer");
        CallReviewView view = navigate("calls/" + call.id(), CallReviewView.class);
        ScorecardForm form = view.scorecard;
        form.scores.forEach(s -> s.setValue(2));
        form.scores.getFirst().setValue(3);
        test(form.save).click();
        assertThat(form.error.getText()).isEqualTo("\"Greeting and recording notice given\" scored 3, outside its "
                + "range: give a score from 0 to 2.");
        assertThat(reviews.of(call.id().value())).isEmpty();

        form.scores.getFirst().setValue(2);
        assertThat(form.computed.getText()).startsWith("Computed result: Pass (100.00 %");
        form.override.setValue(ReviewResult.NEEDS_COACHING);
        test(form.save).click();
        assertThat(form.error.getText()).isEqualTo("The scores give \"Pass\": to record \"Needs coaching\" instead, "
                + "say why in the reason for the override.");
        assertThat(reviews.of(call.id().value())).isEmpty();

        form.overrideReason.setValue("Rushed the school through the absences");
        test(form.save).click();
        assertThat(form.error.getText()).isEmpty();
        assertThat(form.saved.getText()).isEqualTo("Saved: Needs coaching (100.00 %), overridden from Pass.");
        assertThat(reviews.of(call.id().value())).hasValueSatisfying(r -> {
            assertThat(r.result()).isEqualTo(ReviewResult.NEEDS_COACHING);
            assertThat(r.computed()).isEqualTo(ReviewResult.PASS);
            assertThat(r.scores()).containsOnly(2);
            assertThat(r.operatorName()).isEqualTo(call.operatorName());
        });
        assertThat(queue.open()).as("reviewed calls leave the queue")
                .noneMatch(item -> item.callId().equals(call.id().value()));
    }

    @Test
    @Order(4)
    void aCommentIsPinnedWithinTheRecordingOnlyAndJoinsTheTimeline() {
        SignIn.as(users, contexts, "qa-scorer");
        CallReviewView view = navigate("calls/" + call.id(), CallReviewView.class);
        view.comments.at.setValue("99:00");
        view.comments.text.setValue("Greeting was rushed");
        test(view.comments.add).click();
        assertThat(view.comments.error.getText()).startsWith("A comment can be pinned from 0:00 to 0:0")
                .endsWith("(the end of the recording), not at 99:00.");
        assertThat(reviews.comments(call.id().value())).isEmpty();

        view.comments.at.setValue("0:00");
        view.comments.text.setValue(" ");
        test(view.comments.add).click();
        assertThat(view.comments.error.getText()).isEqualTo("The comment is empty: write what the operator should "
                + "know.");

        view.comments.text.setValue("Greeting was rushed");
        test(view.comments.add).click();
        CallReviewView after = view;
        assertThat(reviews.comments(call.id().value())).singleElement().satisfies(c -> {
            assertThat(c.atMillis()).isZero();
            assertThat(c.text()).isEqualTo("Greeting was rushed");
        });
        assertThat(after.timeline.items).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(TimelineItem.Kind.COMMENT);
            assertThat(i.text()).isEqualTo("Greeting was rushed (qa-scorer)");
            assertThat(i.at()).isEqualTo("0:00");
        });
    }

    @Test
    @Order(5)
    void onlyTheCallsOwnOperatorSeesTheReviewEvenByItsAddress() {
        SignIn.as(users, contexts, call.operatorName());
        MyReviewsView mine = navigate(MyReviewsView.class);
        assertThat(test(mine.grid).size()).isEqualTo(1);
        assertThat(test(mine.grid).getCellText(0, 1)).isEqualTo("Needs coaching");
        MyReviewView detail = navigate("my-reviews/" + call.id(), MyReviewView.class);
        assertThat(detail.heading.getText()).contains("Needs coaching (100.00 %), reviewed by qa-scorer")
                .contains("Rushed the school through the absences");
        assertThat(detail.comments.getElement().getTextRecursively()).contains("0:00 · Greeting was rushed");

        SignIn.as(users, contexts, "op-elsewhere");
        assertThat(test(navigate(MyReviewsView.class).grid).size()).isZero();
        MyReviewView other = navigate("my-reviews/" + call.id(), MyReviewView.class);
        assertThat(other.heading.getText()).isEqualTo("There is no review of yours at this address: open your "
                + "reviews from My reviews.");
        assertThat(other.comments.getChildren()).isEmpty();
        var refused = navigate("calls/" + call.id(), com.vaadin.flow.component.Component.class);
        assertThat(refused).isNotInstanceOf(CallReviewView.class);
        assertThat(refused.getElement().getTextRecursively()).contains("is not open to your role (Operator)");
    }

    @Test
    @Order(6)
    void aTemplateThatDoesNotMakeSenseIsRefusedWholeAndTheOneInUseStays() {
        ScorecardTemplate before = scorecards.active();
        SignIn.as(users, contexts, "admin-scorer");
        ScorecardTemplateView view = navigate(ScorecardTemplateView.class);
        view.name.setValue(" ");
        test(view.save).click();
        assertThat(view.error.getText()).isEqualTo("The template needs a name, for example \"Standard call review\"."
                + " Nothing was saved.");
        view.name.setValue("Strict review");
        view.rows.getFirst().weight().setValue(new BigDecimal("-1"));
        test(view.save).click();
        assertThat(view.error.getText()).startsWith("The weight of \"Greeting and recording notice given\" must be "
                + "more than 0");
        assertThat(scorecards.active()).isEqualTo(before);

        view.rows.getFirst().weight().setValue(new BigDecimal("2"));
        test(view.save).click();
        assertThat(view.saved.getText()).startsWith("Saved: \"Strict review\" with 5 criteria");
        assertThat(scorecards.active().criteria().getFirst()).isEqualTo(new Criterion(
                "Greeting and recording notice given", new BigDecimal("2.00"), 0, 2));
        scorecards.save(before, "test");
    }
}
