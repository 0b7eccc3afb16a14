package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.accounts.UserId;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.support.Push;
import org.rollcall.workspace.CallScript;
import org.rollcall.workspace.CallScripts;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;

/**
 * The workspace built for speed (issue 13), server-side: the wrap-up question when marks are missing, refusals beside
 * their own row, the provision card with the code set and each child's last ten sessions, and the operator's calls of
 * today. Each scenario makes its own school, so the only call due is the one it takes.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceForSpeedIntegrationTests extends SpringBrowserlessTest {

    private static final String OPERATOR = "op-speed";

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired CallLog calls;
    @Autowired OperatorDesk desk;
    @Autowired JdbcClient jdbc;
    @Autowired CallScripts scripts;
    @Autowired Clock clock;

    private UserId operator;
    private AuthorityId england;
    private AuthorityId wales;
    private int schools;

    @BeforeAll
    void anOperatorAndTwoAuthorities() {
        operator = accounts.createUser(OPERATOR, "Operator Speed", "operator-speed-1", Role.OPERATOR, null);
        england = directory.createAuthority("Speedwell Borough", Nation.ENGLAND, "878");
        wales = directory.createAuthority("Cyflym County", Nation.WALES, "679");
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, OPERATOR);
    }

    @AfterEach
    void offline() {
        // A scenario that failed mid-call leaves the call open: close it, so the next one starts clean.
        desk.currentCall(operator).ifPresent(c -> {
            if (c.status() == CallStatus.OFFERED) {
                desk.start(c.id(), operator);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> desk.currentCall(operator)
                    .map(now -> now.status() == CallStatus.CONNECTED || now.status() == CallStatus.WRAP_UP)
                    .orElse(true));
            desk.currentCall(operator).filter(now -> now.status().isLive())
                    .ifPresent(now -> desk.hangUp(now.id(), operator));
            await().atMost(Duration.ofSeconds(10)).until(() -> desk.currentCall(operator)
                    .map(now -> now.status() == CallStatus.WRAP_UP).orElse(true));
            desk.currentCall(operator).filter(now -> now.status() == CallStatus.WRAP_UP)
                    .ifPresent(now -> desk.wrapUp(now.id(), operator, CallOutcome.COMPLETED, null));
        });
        if (desk.currentCall(operator).isEmpty()) {
            desk.offline(operator);
        }
    }

    @Test
    void completedWithMarksMissingAsksFirstAndNamesThem() {
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = school("Askfirst Primary", Nation.ENGLAND);
        child(england, school, "Ali", "Khan");
        child(england, school, "Bea", "Jones");
        child(england, school, "Cal", "Evans");

        WorkspaceView view = readyFor(school);
        // No script of its own: Rollcall's default, filled in, replaces the fixed recording line.
        assertThat($(Span.class).withId("recording-notice").single().getText())
                .isEqualTo("Say: \u201cThis call is recorded for quality and record-keeping.\u201d");
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("call-script").single().getElement()
                .getTextRecursively()).contains("We are calling for Speedwell Borough about children it looks "
                        + "after at Askfirst Primary. May I speak to Mrs Office?", "Hello, this is Operator Speed");
        // The status sentences are people's, not states'; every action shows its shortcut.
        assertThat(view.operatorStatus.getText()).isEqualTo("A call is reserved for you");
        assertThat(List.of(view.readyToggle.getText(), view.startCall.getText(), view.hangUp.getText(),
                view.marks.save.getText())).containsExactly("Go offline (Alt+R)", "Start call (Alt+S)",
                "Hang up (Alt+H)", "Save marks (Alt+M)");
        // The call bar: sticky at the top of the page, the timer in it, counting by the app clock.
        var bar = $(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).withId("call-bar").single();
        assertThat(bar.getStyle().get("position")).isEqualTo("sticky");
        assertThat(view.timer.getParent().flatMap(p -> p.getParent())).contains(bar);
        assertThat(view.timer.getText()).matches("Offered \\d+:\\d\\d");
        test(view.startCall).click();
        awaitScreen(() -> view.callStatus.getText().startsWith("Connected"));
        assertThat(view.operatorStatus.getText()).isEqualTo("You are on a call");
        assertThat(view.timer.getText()).matches("In the call 0:0\\d");
        test(view.hangUp).click();
        awaitScreen(() -> view.wrapUp != null);
        assertThat(view.operatorStatus.getText()).isEqualTo("You are in wrap-up");
        assertThat(view.timer.getText()).matches("Call lasted \\d+:\\d\\d");
        // The outcome and Finish (Alt+W) are in the bar too, not at the foot of a long grid.
        assertThat(view.wrapUp.getParent()).contains(view.wrapUpSlot);
        assertThat(view.wrapUp.finish.getText()).isEqualTo("Finish wrap-up (Alt+W)");

        // Completed with nothing saved: said plainly, and nothing closes until the operator says so.
        test(view.wrapUp.finish).click();
        roundTrip();
        assertThat(view.confirmation.isOpened()).isTrue();
        assertThat(view.confirmation.getHeaderTitle()).isEqualTo("No marks were saved on this call");
        test(view.confirmation.back).click();
        assertThat(view.confirmation.isOpened()).isFalse();
        assertThat(current().status()).isEqualTo(CallStatus.WRAP_UP);

        // One child's day saved in wrap-up; the others are named, by child and session.
        var ali = row(view, "Ali Khan");
        test(ali.field(today, Session.AM)).setValue("/");
        test(ali.field(today, Session.PM)).setValue("\\");
        test(view.marks.save).click();
        test(view.wrapUp.finish).click();
        roundTrip();
        assertThat(view.confirmation.isOpened()).isTrue();
        assertThat(view.confirmation.getHeaderTitle()).isEqualTo("Marks missing");
        String day = SessionHeadingsDay.of(today);
        assertThat(view.confirmation.sessions.getElement().getTextRecursively()).isEqualTo(
                "Cal Evans: AM and PM of " + day + "Bea Jones: AM and PM of " + day); // as the grid lists them
        test(view.confirmation.confirm).click();
        assertThat(view.confirmation.isOpened()).isFalse();
        CallSummary done = calls.find(lastCall(school).id()).orElseThrow();
        assertThat(done.outcome()).isEqualTo(CallOutcome.COMPLETED);
        assertThat(view.operatorStatus.getText()).isEqualTo("You are ready");
        assertThat(view.timer.getText()).isEmpty();

        // My calls today shows it at once, in words, with the two marks it saved.
        assertThat(myCalls(view)).contains(new MyCallsToday.Line(done.id(),
                HumanDates.time(done.offeredAt(), clock.getZone()), "Askfirst Primary", "Afternoon call",
                "Completed", CallTimer.minutes(done.talkSeconds()), "2"));
        assertThat(view.myCalls.heading.getText()).startsWith("My calls today, " + HumanDates.day(today) + " (");
    }

    /**
     * The operator's status, reason and call in one read, with its BEGIN and COMMIT (measured: 3; 7 when the status
     * and the call were read apart, the call in two statements).
     */
    private static final int REFRESH = 3;

    @Test
    void myCallsTodayListsOnlyTheOperatorsOwnCallsOfToday() {
        ProvisionId school = school("Mine Primary", Nation.ENGLAND);
        child(england, school, "Kit", "Walker");
        WorkspaceView view = readyFor(school);
        int before = myCalls(view).size();
        assertThat(myCalls(view)).extracting(MyCallsToday.Line::called).contains("Mine Primary");
        assertThat(myCalls(view).getFirst()).satisfies(line -> {
            assertThat(line.called()).isEqualTo("Mine Primary"); // newest first
            assertThat(line.outcome()).isEqualTo("Offered to an operator");
            assertThat(line.marks()).isEqualTo("0");
        });
        test(view.startCall).click();
        awaitScreen(() -> view.callStatus.getText().startsWith("Connected"));
        // A change of state reads its own call's row again, not the whole day's list (ADR 0055).
        CallSummary connected = current();
        assertThat(desk.atDesk(operator).call()).contains(connected);
        assertThat(desk.atDesk(operator).notReadyReason()).isEmpty();
        int forTheDay = org.rollcall.support.SentStatements.during(view.myCalls::update);
        int forTheCall = org.rollcall.support.SentStatements.during(() -> view.myCalls.follow(connected));
        assertThat(forTheCall).as("statements for one call's row").isLessThan(forTheDay);
        // The screen itself reads the operator's status, reason and call in one statement at each change.
        int forARefresh = org.rollcall.support.SentStatements.during(view::refresh);
        System.out.printf("Statements to refresh a connected call's screen: %d (its row in my calls: %d)%n",
                forARefresh, forTheCall);
        assertThat(forARefresh).as("statements to refresh the screen").isLessThanOrEqualTo(REFRESH);
        assertThat(myCalls(view).getFirst().outcome()).isEqualTo("Connected");
        test(view.marks.rows().getFirst().field(LocalDate.now(clock), Session.AM)).setValue("/");
        test(view.marks.save).click();
        test(view.hangUp).click();
        awaitScreen(() -> view.wrapUp != null);
        test(view.wrapUp.outcome).selectItem(CallOutcome.CALL_BACK.label());
        test(view.wrapUp.callBackAt).setValue(java.time.LocalTime.now(clock).plusMinutes(20).withSecond(0).withNano(0));
        test(view.wrapUp.finish).click();
        assertThat(myCalls(view)).hasSize(before);
        assertThat(myCalls(view).getFirst()).satisfies(line -> {
            assertThat(line.outcome()).isEqualTo("Call back later");
            assertThat(line.marks()).isEqualTo("1");
        });
        // Only this operator's: the day's calls of everyone (other scenarios' operators too) are more.
        var everyones = calls.onDate(LocalDate.now(clock));
        assertThat(myCalls(view)).hasSize((int) everyones.stream().filter(c -> operator.equals(c.operatorId())
                && c.status() != CallStatus.REQUEUED).count());
    }

    @Test
    void otherOutcomesAreNotAsked() {
        ProvisionId school = school("Noanswer Primary", Nation.ENGLAND);
        child(england, school, "Dee", "Morgan");
        WorkspaceView view = readyFor(school);
        test(view.startCall).click();
        awaitScreen(() -> view.callStatus.getText().startsWith("Connected"));
        test(view.hangUp).click();
        awaitScreen(() -> view.wrapUp != null);
        test(view.wrapUp.outcome).selectItem(CallOutcome.NO_ANSWER.label());
        test(view.wrapUp.finish).click();
        assertThat(view.confirmation).isNull();
        assertThat(calls.find(lastCall(school).id()).orElseThrow().outcome()).isEqualTo(CallOutcome.NO_ANSWER);
    }

    @Test
    void aRefusalIsShownUnderItsOwnRowAndEveryTypedValueIsKept() {
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = school("Ysgol Gwrthod", Nation.WALES);
        child(wales, school, "Eira", "Hughes");
        child(wales, school, "Ffion", "Lloyd");
        child(wales, school, "Gethin", "Price");
        WorkspaceView view = readyFor(school);
        test(view.startCall).click();
        awaitScreen(() -> view.callStatus.getText().startsWith("Connected"));

        var eira = row(view, "Eira Hughes");
        var ffion = row(view, "Ffion Lloyd");
        var gethin = row(view, "Gethin Price");
        test(eira.field(today, Session.AM)).setValue("/");
        test(eira.field(today, Session.PM)).setValue("\\");
        test(ffion.field(today, Session.AM)).setValue("/");
        test(ffion.field(today, Session.PM)).setValue("K"); // England's code for LA-arranged education
        test(ffion.reason()).setValue("Tutor at home");
        test(gethin.field(today, Session.AM)).setValue("I");
        test(gethin.field(today, Session.PM)).setValue("I");
        test(gethin.reason()).setValue("Chickenpox");
        test(view.marks.save).click();

        String refusal = "Ffion Lloyd, PM: code 'K' is one of the England codes, not the Welsh codes that apply at "
                + "this provision: enter one of";
        assertThat(status()).startsWith("Nothing saved: " + refusal);
        assertThat(view.marks.refusal(ffion).isVisible()).isTrue();
        assertThat(view.marks.refusal(ffion).getText()).startsWith(refusal);
        // Across the whole grid row, not inside the 4.5em code field.
        assertThat(view.marks.refusal(ffion).getStyle().get("grid-column")).isEqualTo("1 / -1");
        assertThat(view.marks.refusal(eira).isVisible()).isFalse();
        assertThat(view.marks.refusal(gethin).isVisible()).isFalse();
        assertThat(ffion.field(today, Session.PM).isInvalid()).isTrue();
        assertThat(ffion.field(today, Session.AM).isInvalid()).isFalse();
        assertThat(attendance.marksForCall(current().id().value())).isEmpty();
        // Every value typed is still there to correct.
        assertThat(List.of(eira.field(today, Session.AM), eira.field(today, Session.PM),
                ffion.field(today, Session.AM), ffion.field(today, Session.PM), gethin.field(today, Session.AM),
                gethin.field(today, Session.PM))).extracting(f -> f.getValue())
                .containsExactly("/", "\\", "/", "K", "I", "I");
        assertThat(gethin.reason().getValue()).isEqualTo("Chickenpox");
        assertThat(view.marks.rows().stream().allMatch(r -> r.reason() != null)).isTrue();

        test(ffion.field(today, Session.PM)).setValue("B"); // Wales: educated off site
        test(view.marks.save).click();
        assertThat(status()).isEqualTo("6 marks saved");
        assertThat(view.marks.refusal(ffion).isVisible()).isFalse();
        assertThat(ffion.field(today, Session.PM).isInvalid()).isFalse();
        assertThat(attendance.marksForCall(current().id().value())).hasSize(6);
    }

    @Test
    void theCardNamesTheCodeSetAndWhatIsOutstandingAndEachChildShowsItsLastTenSessions() {
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = school("Ysgol Hanes", Nation.WALES);
        ChildId hari = child(wales, school, "Hari", "Rees");
        child(wales, school, "Iolo", "Jenkins");
        child(wales, school, "Jac", "Owen");
        // Six earlier days of Hari's (twelve sessions): only the last ten show, oldest first; nothing today.
        for (int back = 6; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            attendance.record(new RecordMark(hari, school, day, Session.AM, "/", null, null, null, "school"));
            attendance.record(new RecordMark(hari, school, day, Session.PM, back == 1 ? "I" : "\\",
                    back == 1 ? "Temperature" : null, null, null, "school"));
        }
        // A correction supersedes: only the current mark of a session counts among the ten.
        attendance.record(new RecordMark(hari, school, today.minusDays(1), Session.AM, "L", null, null, null,
                "school"));
        scripts.set(wales, new CallScript("Bore da, {contact}.", "Ffonio ar ran {authority} ydw i.",
                "Mae'r alwad hon yn cael ei recordio.", "Codau heddiw ar gyfer {children}?\nUnrhyw newid?"),
                "admin");
        WorkspaceView view = readyFor(school);

        // The authority's own script on the screen-pop, its placeholders filled in.
        String script = $(com.vaadin.flow.component.html.Div.class).withId("call-script").single().getElement()
                .getTextRecursively();
        assertThat(script).contains("Say: \u201cBore da, Mrs Office.\u201d",
                "Say: \u201cFfonio ar ran Cyflym County ydw i.\u201d",
                "Say: \u201cMae'r alwad hon yn cael ei recordio.\u201d", "Ask:", "Codau heddiw ar gyfer ",
                "Hari Rees", "Iolo Jenkins", " and ", "Unrhyw newid?").doesNotContain("{");
        assertThat($(Span.class).withId("provision-nation").single().getText())
                .isEqualTo("Nation: Wales · Welsh codes");
        // The codes are said once above the grid, not in a tooltip on every field (ADR 0055).
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("mark-legend").single().getElement()
                .getTextRecursively()).startsWith("Welsh codes · Present: / \\ L · ")
                .contains("Authorised absence: C E F H I M R S T · ", "Excluded: tick when");
        assertThat(row(view, "Hari Rees").fields().values()).allSatisfy(field -> assertThat(field.getTooltip()
                .getText()).isNull());
        var card = view.provisionPanel;
        assertThat(card.outstandingItems.getParent().orElseThrow().isVisible()).isFalse(); // nothing outstanding
        card.outstanding(List.of("Challenge to confirm: Hari Rees's I on " + SessionHeadingsDay.of(today)));
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("outstanding").single().isVisible()).isTrue();
        assertThat(card.outstandingItems.getElement().getTextRecursively()).startsWith("Challenge to confirm");

        RecentMarks last = view.marks.lastSessions(row(view, "Hari Rees"));
        List<Span> codes = last.getChildren().skip(1).map(Span.class::cast).toList();
        assertThat(codes).extracting(Span::getText).containsExactly("/", "\\", "/", "\\", "/", "\\", "/", "\\",
                "L", "I");
        LocalDate yesterday = today.minusDays(1);
        assertThat(codes.getLast().getElement().getAttribute("aria-label"))
                .isEqualTo(SessionHeadingsDay.of(yesterday) + ", PM: I (Illness)");
        assertThat(codes.getLast().getElement().getAttribute("title"))
                .isEqualTo(codes.getLast().getElement().getAttribute("aria-label"));
        assertThat(view.marks.lastSessions(row(view, "Iolo Jenkins")).getElement().getTextRecursively())
                .isEqualTo("No earlier marks in Rollcall");
    }

    // ---- helpers

    private static List<MyCallsToday.Line> myCalls(WorkspaceView view) {
        return view.myCalls.grid.getListDataView().getItems().toList();
    }

    private String status() {
        return $(Span.class).withId("mark-status").single().getText();
    }

    /** Signs in, presses Ready and waits until this school's call is offered (no other operator is ready). */
    private WorkspaceView readyFor(ProvisionId school) {
        // Other scenarios' operators (this context is shared) stand down, and calls left due elsewhere are dropped.
        jdbc.sql("UPDATE operator_status SET status = 'OFFLINE', current_call_id = NULL WHERE status = 'READY'")
                .update();
        jdbc.sql("UPDATE call SET status = 'MISSED' WHERE status = 'DUE' AND provision_id <> ?")
                .param(school.value()).update();
        await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(LocalDate.now(clock)).stream()
                .anyMatch(c -> c.provisionId().equals(school) && c.status() == CallStatus.DUE));
        WorkspaceView view = navigate(WorkspaceView.class);
        test(view.readyToggle).click();
        awaitScreen(() -> view.marks != null);
        assertThat(current().provisionId()).isEqualTo(school);
        return view;
    }

    private static MarkEntryPanel.Row row(WorkspaceView view, String name) {
        return view.marks.rows().stream().filter(r -> r.child().child().fullName().equals(name)).findFirst()
                .orElseThrow();
    }

    private CallSummary current() {
        return desk.currentCall(operator).orElseThrow();
    }

    private CallSummary lastCall(ProvisionId school) {
        // The attempt that was wrapped up (a retry may follow it).
        List<CallSummary> all = calls.onDate(LocalDate.now(clock)).stream()
                .filter(c -> c.provisionId().equals(school) && c.outcome() != null).toList();
        return all.getLast();
    }

    private ProvisionId school(String name, Nation nation) {
        schools++;
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, nation,
                UkPhoneNumber.parse("01632 96" + (1100 + schools)), "Mrs Office", "heron", Frequency.DAILY, null,
                openNow(clock)));
    }

    private ChildId child(AuthorityId authority, ProvisionId school, String first, String last) {
        LocalDate today = LocalDate.now(clock);
        ChildId child = directory.createChild(new NewChild(authority, null, first, last, today.minusYears(8), 3,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(20));
        return child;
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Push.deliver();
            return condition.get();
        });
    }

    /** "Wednesday 2 December", as the wrap-up question says a day. */
    private static final class SessionHeadingsDay {
        static String of(LocalDate day) {
            return java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.UK).format(day);
        }
    }
}
