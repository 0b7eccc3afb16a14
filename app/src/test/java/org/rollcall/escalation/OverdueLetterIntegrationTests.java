package org.rollcall.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RunningAppClock;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * An exclusion letter still missing after the set school days gets one reminder to the school (real SMTP), a
 * timeline entry and "overdue" on the screens, from the scheduled check reading the app clock, which the test moves
 * forward; later checks send nothing more.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.seed=28028", "rollcall.escalation.letter-check-interval=300ms"})
@Import(RunningAppClock.Config.class)
class OverdueLetterIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired RunningAppClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void anOverdueLetterGetsOneReminderAndShowsOverdue() throws InterruptedException {
        var f = EscalationFixtures.create(directory, clock, "Overdue Shire", "953", "01632 960453");
        directory.addDesignatedTeacher(f.school(), "Pat Teacher", UkPhoneNumber.parse("01632 960458"),
                "pat.teacher@overdue-primary.example.org");
        var received = EscalationFixtures.create(directory, clock, "Prompt Shire", "954", "01632 960454");
        directory.addDesignatedTeacher(received.school(), "Lee Prompt", null, "lee.prompt@prompt.example.org");
        attendance.record(new RecordMark(f.child(), f.school(), f.today(), Session.AM, "E", "suspended", null, null,
                "op-overdue"));
        attendance.record(new RecordMark(received.child(), received.school(), received.today(), Session.AM, "E",
                "suspended", null, null, "op-overdue"));
        Escalation e = await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(f.child(), f.today(),
                Trigger.EXCLUSION), o -> o.isPresent()).orElseThrow();
        Escalation prompt = await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(received.child(),
                received.today(), Trigger.EXCLUSION), o -> o.isPresent()).orElseThrow();
        awaitMails("pat.teacher@overdue-primary.example.org", 1);
        awaitMails("lee.prompt@prompt.example.org", 1);
        // The other school's letter arrives in time: it is never reminded.
        jdbc.sql("UPDATE escalation SET state = 'LETTER_RECEIVED' WHERE id = ?").param(prompt.id().value()).update();

        // Tuesday 8 December: four of the school's school days have passed (Thursday, Friday, Monday, Tuesday; the
        // weekend does not count): not yet overdue, and the checks that run meanwhile send nothing.
        clock.advance(Duration.ofDays(6));
        Thread.sleep(1_000);
        assertThat(escalations.letterOverdue(escalations.find(e.id()).orElseThrow())).isFalse();
        assertThat(mails("pat.teacher@overdue-primary.example.org")).hasSize(1);

        // Wednesday 9 December, the fifth school day: overdue, and the next check reminds the school once.
        clock.advance(Duration.ofDays(1));
        ReceivedMail reminder = awaitMails("pat.teacher@overdue-primary.example.org", 2).getLast();
        assertThat(reminder.subject()).isEqualTo("Reminder: exclusion letter for Robin E., Wednesday 2 December "
                + "2026");
        assertThat(reminder.text()).startsWith("Dear Pat Teacher,").contains("On Wednesday 2 December 2026 we asked "
                + "for a copy of the exclusion letter for Robin E.").contains("it is now overdue");
        Escalation now = escalations.find(e.id()).orElseThrow();
        assertThat(escalations.letterOverdue(now)).isTrue();
        assertThat(now.state()).isEqualTo(EscalationState.LETTER_REQUESTED);
        TimelineEntry overdue = escalations.timeline(e.id()).getLast();
        assertThat(overdue.step()).isEqualTo(Step.LETTER_OVERDUE);
        assertThat(overdue.said()).isEqualTo("Letter overdue, reminder sent: 5 school days after it was asked for on "
                + "Wednesday 2 December 2026, emailed the school's designated teacher, Pat Teacher, at "
                + "pat.teacher@overdue-primary.example.org, again. It shows as overdue on the school's next call.");
        assertThat(overdue.at()).isAfter(f.today().plusDays(7).atStartOfDay(clock.getZone()).toInstant());

        // Later checks, days later too, send no second reminder.
        Thread.sleep(1_000);
        clock.advance(Duration.ofDays(10));
        Thread.sleep(1_000);
        assertThat(mails("pat.teacher@overdue-primary.example.org")).hasSize(2);
        assertThat(escalations.timeline(e.id())).filteredOn(t -> t.step() == Step.LETTER_OVERDUE).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE kind = 'exclusion-letter-reminder'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(mails("lee.prompt@prompt.example.org")).hasSize(1);
    }

    private List<ReceivedMail> mails(String to) {
        return mailbox.messages().stream().filter(m -> m.to().contains(to)).toList();
    }

    private List<ReceivedMail> awaitMails(String to, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mails(to), l -> l.size() >= count);
    }
}
