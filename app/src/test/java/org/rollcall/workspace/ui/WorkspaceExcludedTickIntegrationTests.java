package org.rollcall.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.ContactRole;
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
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Step;
import org.rollcall.escalation.TimelineEntry;
import org.rollcall.escalation.Trigger;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * The school marks a child present (/) but says the child is excluded: the operator ticks "excluded" on that
 * session's mark, and the exclusion follow-up starts exactly as for code E (social worker alerted, letter asked for,
 * letter outstanding, all through real SMTP). Taking the tick off later closes the escalation on its timeline and
 * recalls nothing already sent.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = "rollcall.demo.seed=27027") // a context of its own: only this school's call is due
class WorkspaceExcludedTickIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired Clock clock;

    @Test
    void anExcludedTickOnAPresentMarkAlertsTheSocialWorkerAndAsksForTheLetter() {
        LocalDate today = LocalDate.now(clock);
        accounts.createUser("op-tick", "Operator Tick", "operator-password-2", Role.OPERATOR, null);
        AuthorityId authority = directory.createAuthority("Ticking Borough", Nation.ENGLAND, "927");
        ProvisionId school = directory.createProvision(new NewProvision("Ticking Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960927"), "Mr Tick", null,
                Frequency.DAILY, null, openNow(clock)));
        ChildId child = directory.createChild(new NewChild(authority, null, "Robin", "Example", today.minusYears(9),
                4, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(5));
        directory.addContact(child, ContactRole.SOCIAL_WORKER, "Alex Worker", null, "alex.worker@ticking.example.org");
        directory.addDesignatedTeacher(school, "Pat Teacher", null, "pat.teacher@ticking-primary.example.org");

        SignIn.as(users, contexts, "op-tick");
        WorkspaceView view = navigate(WorkspaceView.class);
        test(view.readyToggle).click();
        awaitScreen(() -> view.marks != null);
        MarkEntryPanel.Row row = view.marks.rows().getFirst();
        assertThat(row.excluded(today, Session.AM).getLabel()).isEqualTo("AM"); // under the heading "Excluded"
        assertThat(row.excluded(today, Session.AM).getAriaLabel()).hasValueSatisfying(a -> assertThat(a)
                .startsWith("Excluded, Robin Example, "));
        test(row.field(today, Session.AM)).setValue("/");
        test(row.excluded(today, Session.AM)).click();
        test(view.marks.save).click();

        Mark saved = attendance.history(child, today, Session.AM).getLast();
        assertThat(saved.code()).isEqualTo("/");
        assertThat(saved.excluded()).isTrue();
        Escalation e = await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(child, today,
                Trigger.EXCLUSION), o -> o.isPresent()).orElseThrow();
        assertThat(e.state()).isEqualTo(EscalationState.LETTER_REQUESTED);
        ReceivedMail alert = awaitMail("alex.worker@ticking.example.org");
        assertThat(alert.subject()).startsWith("Exclusion: Robin E. at Ticking Primary");
        assertThat(alert.text()).contains("as excluded (code / (Present (AM)), and the school says the child is "
                + "excluded)");
        assertThat(awaitMail("pat.teacher@ticking-primary.example.org").subject())
                .startsWith("Exclusion letter requested: Robin E.");
        assertThat(escalations.lettersOutstanding(school)).extracting(Escalation::id).containsExactly(e.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> escalations.timeline(e.id()).size() == 3);
        List<TimelineEntry> timeline = escalations.timeline(e.id());
        assertThat(timeline).extracting(TimelineEntry::step).containsExactly(Step.OPENED, Step.SOCIAL_WORKER_TOLD,
                Step.LETTER_REQUESTED);
        assertThat(timeline.getFirst().who()).isEqualTo("op-tick");
        assertThat(timeline.getFirst().said()).endsWith("and the operator ticked \u201cexcluded\u201d.");

        // A correction without the tick: closed, on the timeline, and nothing sent is called back or sent again.
        int mails = mailbox.messages().size();
        attendance.record(new RecordMark(child, school, today, Session.AM, "/", null, null, null, "op-fix"));
        await().atMost(Duration.ofSeconds(20)).until(() -> escalations.find(e.id()).orElseThrow().state()
                == EscalationState.WITHDRAWN);
        TimelineEntry closed = escalations.timeline(e.id()).getLast();
        assertThat(closed.step()).isEqualTo(Step.CLOSED_BY_CORRECTION);
        assertThat(closed.who()).isEqualTo("op-fix");
        assertThat(closed.said()).startsWith("The \u201cexcluded\u201d tick was taken off: the mark is now / "
                + "(Present (AM))").endsWith("(messages already sent stand).");
        assertThat(escalations.lettersOutstanding(school)).isEmpty();
        assertThat(mailbox.messages()).hasSize(mails);
    }

    private ReceivedMail awaitMail(String to) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains(to)).toList(), l -> !l.isEmpty()).getFirst();
    }

    private static void awaitScreen(Supplier<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            org.rollcall.support.Push.deliver();
            return condition.get();
        });
    }
}
