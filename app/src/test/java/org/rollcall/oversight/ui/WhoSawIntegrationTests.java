package org.rollcall.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.calls.OperatorStatus;
import org.rollcall.corrections.ui.CorrectMarkDialog;
import org.rollcall.corrections.ui.CorrectMarkDialogDriver;
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
import org.rollcall.extranet.ExtranetService;
import org.rollcall.oversight.AuditLine;
import org.rollcall.oversight.WhoSaw;
import org.rollcall.qa.ui.CallReviewView;
import org.rollcall.support.Push;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.rollcall.workspace.ui.WorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;

/**
 * Who saw which child (ADR 0033), server-side: an operator's screen-pop, a QA review (with a correction) and an
 * authority's look at the record are each audited, and the admins' viewer shows them for that child and nothing of
 * the other child on the same call; the CSV export holds the same; periods that end before they start or outlast the
 * audit retention are refused; only admins get in.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoSawIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired CallLog calls;
    @Autowired ExtranetService extranet;
    @Autowired AuditLog audit;
    @Autowired WhoSaw whoSaw;
    @Autowired OperatorDesk desk;
    @Autowired Clock clock;

    private ProvisionId school;
    private ChildId ava;
    private ChildId ben;
    private LocalDate today;

    @BeforeAll
    void aSchoolWhoseWindowIsOpenWithTwoChildren() {
        today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Whosaw Borough", Nation.ENGLAND, "615");
        accounts.createUser("op-whosaw", "Operator Whosaw", "op-whosaw-password", Role.OPERATOR, null);
        accounts.createUser("qa-whosaw", "QA Whosaw", "qa-whosaw-password", Role.QA, null);
        accounts.createUser("admin-whosaw", "Admin Whosaw", "admin-whosaw-password", Role.ADMIN, null);
        accounts.createUser("la-whosaw", "Virtual School Whosaw", "la-whosaw-password", Role.AUTHORITY, authority);
        school = directory.createProvision(new NewProvision("Whosaw Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960615"), "Mrs Whosaw", null, Frequency.DAILY, null,
                openNow(clock)));
        ava = directory.createChild(new NewChild(authority, null, "Ava", "Seen", today.minusYears(8), 3, Cohort.LAC,
                true, SenStatus.NONE));
        ben = directory.createChild(new NewChild(authority, null, "Ben", "Other", today.minusYears(8), 3, Cohort.LAC,
                true, SenStatus.NONE));
        directory.place(ava, school, PlacementKind.ON_ROLL, today.minusDays(5));
        directory.place(ben, school, PlacementKind.ON_ROLL, today.minusDays(5));
    }

    @Test
    void theViewerShowsOperatorQaAndAuthorityViewsOfOneChildAndNotTheOther() throws Exception {
        CallSummary call = operatorTakesTheCall();

        // QA opens the review (twice: a refresh is not a second look) and corrects Ava's AM mark.
        SignIn.as(users, contexts, "qa-whosaw");
        navigate("calls/" + call.id(), CallReviewView.class);
        navigate("calls/" + call.id(), CallReviewView.class);
        assertThat(audit.count("VIEW_CHILD_IN_REVIEW", "child", ava.toString())).isEqualTo(1);
        Mark am = attendance.marksForCall(call.id().value()).stream()
                .filter(m -> m.childId().equals(ava) && m.session() == Session.AM).findFirst().orElseThrow();
        Button correct = CorrectMarkDialog.button(am, "Ava Seen", () -> { });
        assertThat(correct.isVisible()).isTrue();
        com.vaadin.flow.component.UI.getCurrent().add(correct); // as the review's marks grid holds it
        test(correct).click();
        var dialog = new CorrectMarkDialogDriver($(CorrectMarkDialog.class).single());
        assertThat(dialog.codesOffered()).contains("N", "L", "I")
                .doesNotContain("/", "\\", "H", "F"); // England's codes for the AM, not the mark's own
        dialog.choose("L");
        dialog.save();
        assertThat(dialog.problem()).startsWith("Not saved: a correction needs a reason");
        dialog.reason("The recording says she came in at 9:10, before the register closed");
        dialog.save();
        assertThat(dialog.problem()).isEmpty();
        assertThat(attendance.history(ava, today, Session.AM)).extracting(Mark::code).containsExactly("/", "L");

        // The authority opens Ava's record in the extranet.
        SignIn.as(users, contexts, "la-whosaw");
        extranet.childRecord(ava);

        SignIn.as(users, contexts, "admin-whosaw");
        WhoSawView view = navigate(WhoSawView.class);
        assertThat(whoSaw.children("ava se")).containsOnlyKeys(ava); // search by part of the name, any case
        view.child.setValue(new WhoSawView.ChildChoice(ava, "Ava Seen"));
        List<AuditLine> lines = view.grid.getLazyDataView().getItems().toList();
        assertThat(lines).extracting(AuditLine::action).containsExactlyInAnyOrder("viewed in the extranet",
                "corrected a mark", "viewed in a call review", "viewed on a call");
        assertThat(lines).extracting(AuditLine::who).containsExactlyInAnyOrder("la-whosaw", "qa-whosaw",
                "qa-whosaw", "op-whosaw");
        assertThat(lines).extracting(AuditLine::subject).containsOnly("Ava Seen");
        assertThat(lines).filteredOn(l -> l.action().equals("viewed on a call")).singleElement()
                .satisfies(l -> assertThat(l.detail()).isEqualTo("call to Whosaw Primary, "
                        + "Wednesday 2 December 2026, attempt " + call.attempt()));
        assertThat(view.summary.getText()).isEqualTo("4 entries, newest first");
        // Ben was on the same call: his entries are his own.
        assertThat(whoSaw.lines(new org.rollcall.oversight.AuditFilter(ben, null, today, today), 0, 50))
                .extracting(AuditLine::subject).containsOnly("Ben Other").isNotEmpty();

        // By user: the QA reviewer's entries about Ava only.
        test(view.user).setValue("qa-whosaw");
        assertThat(view.grid.getLazyDataView().getItems().map(AuditLine::action).toList())
                .containsExactlyInAnyOrder("corrected a mark", "viewed in a call review");

        // Export: the same entries as CSV, with a header; the export itself is audited.
        test(view.user).setValue("");
        test(view.export).click();
        assertThat(view.problem.isVisible()).isFalse();
        assertThat(view.download.isVisible()).isTrue();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(view.lastExport, java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(r -> r.get("What")).contains("viewed on a call", "corrected a mark");
        assertThat(rows).extracting(r -> r.get("Whose record")).containsOnly("Ava Seen");
        assertThat(rows).extracting(r -> r.get("Who")).contains("op-whosaw", "la-whosaw");
        assertThat(rows.getFirst().get("When")).startsWith(today.toString());
        assertThat(audit.count("EXPORT_AUDIT", "audit", "export")).isPositive();
    }

    @Test
    void periodsThatEndBeforeTheyStartOrOutlastTheRetentionAreRefused() {
        SignIn.as(users, contexts, "admin-whosaw");
        WhoSawView view = navigate(WhoSawView.class);
        test(view.from).setValue(today);
        test(view.to).setValue(today.minusDays(1));
        assertThat(view.problem.getText()).isEqualTo("Not shown: the period ends (" + today.minusDays(1)
                + ") before it starts (" + today + "): choose a last day on or after the first");
        test(view.export).click();
        assertThat(view.problem.getText()).startsWith("Not exported: the period ends");
        assertThat(view.download.isVisible()).isFalse();

        test(view.from).setValue(today.minusMonths(90));
        test(view.to).setValue(today);
        assertThat(view.problem.isVisible()).as("viewing a long period is fine").isFalse();
        test(view.export).click();
        assertThat(view.problem.getText()).isEqualTo("Not exported: the period " + today.minusMonths(90) + " to "
                + today + " is longer than the 84 months audit entries are kept: choose a last day no later than "
                + today.minusMonths(6).minusDays(1));
        assertThat(view.download.isVisible()).isFalse();
    }

    @Test
    void onlyAdminsReachTheViewer() {
        for (String user : List.of("qa-whosaw", "op-whosaw", "la-whosaw")) {
            SignIn.as(users, contexts, user);
            assertThatThrownBy(() -> whoSaw.lines(org.rollcall.oversight.AuditFilter.everything(), 0, 10))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> whoSaw.exportCsv(new org.rollcall.oversight.AuditFilter(null, null, today,
                    today))).as(user).isInstanceOf(AccessDeniedException.class);
            navigate("who-saw", com.vaadin.flow.component.Component.class);
            assertThat($(WhoSawView.class).all()).as(user).isEmpty();
        }
    }

    /** The operator's screen-pop shows the call (audited), marks are taken on it, the call is wrapped up. */
    private CallSummary operatorTakesTheCall() {
        // Operators other test classes of this shared context left ready would be offered this school's call.
        accounts.usersWithRole(Role.OPERATOR).stream().filter(o -> desk.status(o.userId()) == OperatorStatus.READY)
                .forEach(o -> desk.offline(o.userId()));
        SignIn.as(users, contexts, "op-whosaw");
        WorkspaceView workspace = navigate(WorkspaceView.class);
        test(button("Ready (Alt+R)")).click();
        awaitScreen(() -> workspace.getElement().getTextRecursively().contains("Whosaw Primary"));
        CallSummary call = calls.onDate(today).stream().filter(c -> c.provisionId().equals(school)
                && "op-whosaw".equals(c.operatorName())).findFirst().orElseThrow();
        assertThat(audit.count("VIEW_CHILD_ON_CALL", "child", ava.toString())).isEqualTo(1);
        assertThat(audit.count("VIEW_CHILD_ON_CALL", "child", ben.toString())).isEqualTo(1);
        test(button("Start call (Alt+S)")).click();
        awaitScreen(() -> workspace.getElement().getTextRecursively().contains("Connected"));
        for (ChildId child : List.of(ava, ben)) {
            attendance.record(new RecordMark(child, school, today, Session.AM, "/", null, call.id().value(), 5,
                    "op-whosaw"));
        }
        test(button("Hang up (Alt+H)")).click();
        awaitScreen(() -> !$(Button.class).withText("Finish wrap-up (Alt+W)").all().isEmpty());
        test(button("Finish wrap-up (Alt+W)")).click();
        test(button("Go offline (Alt+R)")).click();
        return call;
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Push.deliver();
            return condition.get();
        });
    }
}
