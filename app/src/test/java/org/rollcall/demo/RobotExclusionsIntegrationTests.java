package org.rollcall.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
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
import org.rollcall.escalation.Trigger;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Unattended, a robot operator takes a school's call and hears that children are excluded (every one here, the rate
 * set to 1): each exclusion opens its follow-up, and the social worker's alert and the letter request arrive in the
 * embedded mailbox (real SMTP) within the minute, with nobody at a screen.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.demo.robot-exclusion-rate=1",
        "rollcall.demo.seed=27029"})
class RobotExclusionsIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired Clock clock;

    @Test
    void robotsRecordExclusionsAndTheAlertsAndLetterRequestsReachTheMailbox() {
        LocalDate today = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Robot Exclusion Borough", Nation.ENGLAND, "929");
        ProvisionId school = directory.createProvision(new NewProvision("Robot Lane Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960929"), "Mrs Robot", null,
                Frequency.DAILY, null, openNow(clock)));
        directory.addDesignatedTeacher(school, "Pat Robot", null, "pat.robot@robot-lane.example.org");
        List<ChildId> children = List.of(child(authority, school, "Sky", "One", today, "sw.one@robot.example.org"),
                child(authority, school, "Ash", "Two", today, "sw.two@robot.example.org"));

        for (ChildId child : children) {
            Escalation e = await().atMost(Duration.ofSeconds(60)).until(() -> escalations.find(child, today,
                    Trigger.EXCLUSION), o -> o.isPresent()).orElseThrow();
            assertThat(e.state()).isEqualTo(EscalationState.LETTER_REQUESTED);
            Mark mark = attendance.history(child, today, e.session()).getLast();
            assertThat(mark.recordedBy()).startsWith("robot");
            // Either code E, or another code with the operator's "excluded" tick.
            assertThat(mark.code().equals("E") || mark.excluded()).as("mark %s excluded", mark.code()).isTrue();
        }
        assertThat(awaitMail("sw.one@robot.example.org").subject()).startsWith("Exclusion: Sky O. at Robot Lane");
        assertThat(awaitMail("sw.two@robot.example.org").subject()).startsWith("Exclusion: Ash T. at Robot Lane");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains("pat.robot@robot-lane.example.org")).count() == 2);
    }

    private ChildId child(AuthorityId authority, ProvisionId school, String first, String last, LocalDate today,
                          String socialWorker) {
        ChildId child = directory.createChild(new NewChild(authority, null, first, last, today.minusYears(9), 4,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(5));
        directory.addContact(child, ContactRole.SOCIAL_WORKER, "Worker " + last, null, socialWorker);
        return child;
    }

    private ReceivedMail awaitMail(String to) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains(to)).toList(), l -> !l.isEmpty()).getFirst();
    }
}
