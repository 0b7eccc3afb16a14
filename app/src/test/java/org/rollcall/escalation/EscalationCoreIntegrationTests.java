package org.rollcall.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkRecorded;
import org.rollcall.attendance.MarksRecorded;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Marks open, follow and close escalations: one per child, day and trigger, with a timeline kept as data. */
@RollcallIntegrationTest
// one context for the escalation tests without robots: their carer calls stay due, for no other test's operator
@TestPropertySource(properties = "rollcall.demo.seed=17017")
class EscalationCoreIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired CallLog calls;
    @Autowired Clock clock;

    @Test
    void anUnauthorisedAbsenceOpensOneEscalationThatACorrectionToAnAuthorisedCodeCloses() {
        var f = EscalationFixtures.create(directory, clock, "Core Shire", "901", "01632 960101")
                .withContacts(directory, "07700 900101", "alex.worker@core-shire.example.org");
        Mark n = mark(f, Session.AM, "N", "no call from home yet", "op-core");
        Escalation opened = awaitEscalation(f, Trigger.UNAUTHORISED_ABSENCE, EscalationState.CARER_CALL_DUE);
        assertThat(opened.code()).isEqualTo("N");
        assertThat(opened.schoolReason()).isEqualTo("no call from home yet");
        assertThat(opened.session()).isEqualTo(Session.AM);
        assertThat(opened.openedAt()).isBetween(n.recordedAt(), clock.instant()); // the app clock's time
        await().atMost(Duration.ofSeconds(20)).until(() -> escalations.timeline(opened.id()).size() == 2);
        assertThat(escalations.timeline(opened.id()).getFirst()).satisfies(t -> {
            assertThat(t.step()).isEqualTo(Step.OPENED);
            assertThat(t.who()).isEqualTo("op-core");
            assertThat(t.said()).isEqualTo("The school marked N (Reason not yet established) for the morning of "
                    + "Wednesday 2 December 2026, giving the reason \u201cno call from home yet\u201d.");
        });
        assertThat(escalations.timeline(opened.id()).get(1).step()).isEqualTo(Step.CARER_CALL_QUEUED);
        assertThat(carerCalls(f)).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CallStatus.DUE));

        // The same mark again changes nothing; a replayed event neither.
        mark(f, Session.AM, "N", "no call from home yet", "op-core");
        tx.executeWithoutResult(s -> events.publishEvent(new MarksRecorded(List.of(new MarkRecorded(n.id(),
                f.child(), f.authority(), f.today(), Session.AM, "N", n.category(), null)))));
        // Another unauthorised code that day follows the same escalation.
        mark(f, Session.AM, "O", "carer said later", "op-core");
        await().atMost(Duration.ofSeconds(20)).until(() -> escalations.timeline(opened.id()).size() == 3);
        assertThat(escalations.timeline(opened.id()).get(2).step()).isEqualTo(Step.MARK_CHANGED);
        assertThat(rows(f)).isEqualTo(1);

        // Corrected to illness: closed, and the timeline says why.
        mark(f, Session.AM, "I", "the school heard she was ill", "op-fix");
        Escalation closed = awaitEscalation(f, Trigger.UNAUTHORISED_ABSENCE, EscalationState.WITHDRAWN);
        assertThat(closed.closedAt()).isNotNull();
        List<TimelineEntry> timeline = escalations.timeline(opened.id());
        assertThat(timeline).extracting(TimelineEntry::step)
                .containsExactly(Step.OPENED, Step.CARER_CALL_QUEUED, Step.MARK_CHANGED, Step.CLOSED_BY_CORRECTION);
        assertThat(timeline.get(3).who()).isEqualTo("op-fix");
        assertThat(timeline.get(3).said()).startsWith("The school corrected the mark to I (Illness)");
        // The carer is not called about an absence the school has authorised.
        assertThat(carerCalls(f)).singleElement().satisfies(c -> assertThat(c.status())
                .isEqualTo(CallStatus.CANCELLED));
        assertThat(escalations.open()).noneMatch(e -> e.id().equals(opened.id()));
        assertThat(rows(f)).isEqualTo(1);

        // Unauthorised again after all: the same escalation opens again, never a second one.
        mark(f, Session.AM, "G", "holiday after all", "op-fix");
        awaitEscalation(f, Trigger.UNAUTHORISED_ABSENCE, EscalationState.CARER_CALL_DUE);
        assertThat(escalations.timeline(opened.id())).extracting(TimelineEntry::step).endsWith(Step.REOPENED,
                Step.CARER_CALL_QUEUED);
        assertThat(carerCalls(f)).extracting(CallSummary::status).containsExactlyInAnyOrder(CallStatus.CANCELLED,
                CallStatus.DUE);
        assertThat(rows(f)).isEqualTo(1);
    }

    @Test
    void aCorrectionLeavesTheEscalationOpenWhileTheOtherSessionIsStillUnauthorised() {
        var f = EscalationFixtures.create(directory, clock, "Two Session Shire", "902", "01632 960102")
                .withContacts(directory, "07700 900102", "alex.worker@two-session.example.org");
        mark(f, Session.AM, "N", "not known", "op-two");
        mark(f, Session.PM, "O", "not known either", "op-two");
        Escalation e = awaitEscalation(f, Trigger.UNAUTHORISED_ABSENCE, EscalationState.CARER_CALL_DUE);
        await().atMost(Duration.ofSeconds(20)).until(() -> escalations.timeline(e.id()).size() == 3);

        mark(f, Session.AM, "M", "dentist", "op-two");
        // This child's events handled: the shared context may be busy with other tests' events meanwhile.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM event_publication "
                + "WHERE completion_date IS NULL AND serialized_event LIKE ?").param("%" + f.child().value() + "%")
                .query(Integer.class).single() == 0);
        assertThat(escalations.find(e.id()).orElseThrow().state()).isEqualTo(EscalationState.CARER_CALL_DUE);
        assertThat(rows(f)).isEqualTo(1);
    }

    @Test
    void anExclusionIsAnEscalationOfItsOwn() {
        var f = EscalationFixtures.create(directory, clock, "Exclusion Shire", "903", "01632 960103");
        mark(f, Session.AM, "E", "fixed-term suspension", "op-ex");
        Escalation e = awaitEscalation(f, Trigger.EXCLUSION, EscalationState.LETTER_REQUESTED);
        assertThat(e.code()).isEqualTo("E");
        assertThat(escalations.find(f.child(), f.today(), Trigger.UNAUTHORISED_ABSENCE)).isEmpty();
        assertThat(escalations.forAuthority(f.authority(), f.today(), f.today())).containsExactly(e);
        assertThat(escalations.open()).contains(e);
        assertThat(carerCalls(f)).isEmpty();
    }

    private List<CallSummary> carerCalls(EscalationFixtures f) {
        return calls.onDate(f.today()).stream().filter(c -> c.purpose() == CallPurpose.CARER
                && c.provisionId().equals(f.school())).toList();
    }

    private Mark mark(EscalationFixtures f, Session session, String code, String reason, String who) {
        return attendance.record(new RecordMark(f.child(), f.school(), f.today(), session, code, reason, null, null,
                who));
    }

    private Escalation awaitEscalation(EscalationFixtures f, Trigger trigger, EscalationState state) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> escalations.find(f.child(), f.today(), trigger),
                        e -> e.isPresent() && e.get().state() == state).orElseThrow();
    }

    private int rows(EscalationFixtures f) {
        return jdbc.sql("SELECT count(*) FROM escalation WHERE child_id = ?").param(f.child().value())
                .query(Integer.class).single();
    }
}
