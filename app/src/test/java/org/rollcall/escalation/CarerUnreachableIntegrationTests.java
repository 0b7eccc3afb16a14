package org.rollcall.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Nobody answers the carer's phone: after the set number of attempts the social worker is told so. */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.escalation.carer-retry-delay=1s",
        "rollcall.escalation.carer-attempts=2", "rollcall.telephony.simulated.no-answer-rate=1",
        // Unanswered phones ring 20 s (the Ofcom minimum is 15 s): a tenfold clock keeps four of them to seconds.
        "rollcall.platform.clock-speed=10"})
class CarerUnreachableIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EscalationSettings settings;
    @Autowired CallLog calls;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired Clock clock;

    @Test
    void aCarerWhoNeverAnswersIsUnreachableAfterTheSetAttemptsAndTheSocialWorkerIsToldSo() {
        var f = EscalationFixtures.create(directory, clock, "Silent Shire", "921", "01632 960221")
                .withContacts(directory, "07700 900221", "alex.worker@silent-shire.example.org");
        attendance.record(new RecordMark(f.child(), f.school(), f.today(), Session.PM, "U", "came in at 14:10",
                null, null, "op-silent"));

        Escalation told = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> escalations.find(f.child(), f.today(), Trigger.UNAUTHORISED_ABSENCE),
                        e -> e.isPresent() && e.get().state() == EscalationState.SOCIAL_WORKER_TOLD).orElseThrow();
        assertThat(told.carerAttempts()).isEqualTo(2);
        assertThat(told.carerReason()).isNull();
        assertThat(escalations.timeline(told.id())).extracting(TimelineEntry::step).containsExactly(Step.OPENED,
                Step.CARER_CALL_QUEUED, Step.CARER_CALL_ATTEMPT, Step.CARER_CALL_QUEUED, Step.CARER_CALL_ATTEMPT,
                Step.CARER_UNREACHABLE, Step.SOCIAL_WORKER_TOLD);
        assertThat(escalations.timeline(told.id()).get(2).said()).isEqualTo("Attempt 1 of 2 to reach the carer: "
                + "no answer.");

        List<CallSummary> carerCalls = calls.onDate(f.today()).stream()
                .filter(c -> c.purpose() == CallPurpose.CARER && c.provisionId().equals(f.school())).toList();
        assertThat(carerCalls).extracting(CallSummary::attempt).containsExactlyInAnyOrder(1, 2);
        assertThat(carerCalls).extracting(CallSummary::outcome).containsOnly(CallOutcome.NO_ANSWER);

        ReceivedMail mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains("alex.worker@silent-shire.example.org")).toList(),
                l -> !l.isEmpty()).getFirst();
        assertThat(mail.text()).contains("for the afternoon of Wednesday 2 December 2026, with code U (Arrived after "
                + "the register closed)").contains("The carer could not be reached after 2 attempts.");
        assertThat(mailbox.messages().stream().filter(m -> m.to().contains("alex.worker@silent-shire.example.org")))
                .hasSize(1);
    }

    @Test
    void aSocialWorkerWhoNeverAnswersIsEmailedAfterTheSetAttemptsAndTheTimelineSaysSo() {
        var f = EscalationFixtures.create(directory, clock, "Silent Phone Shire", "922", "01632 960222")
                // no carer phone, so the social worker is to be told at once (and the test stays short)
                .withSocialWorkerPhone(directory, null, "0117 496 0222", "alex.worker@silent-phone.example.org");
        settings.set(f.authority(), null, null, "call", "admin");
        attendance.record(new RecordMark(f.child(), f.school(), f.today(), Session.AM, "O", "no word", null, null,
                "op-silent"));

        Escalation told = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> escalations.find(f.child(), f.today(), Trigger.UNAUTHORISED_ABSENCE),
                        e -> e.isPresent() && e.get().state() == EscalationState.SOCIAL_WORKER_TOLD).orElseThrow();
        List<TimelineEntry> timeline = escalations.timeline(told.id());
        assertThat(timeline).extracting(TimelineEntry::step).containsExactly(Step.OPENED, Step.CARER_NO_PHONE,
                Step.SOCIAL_WORKER_CALL_QUEUED, Step.SOCIAL_WORKER_CALL_ATTEMPT, Step.SOCIAL_WORKER_CALL_QUEUED,
                Step.SOCIAL_WORKER_CALL_ATTEMPT, Step.SOCIAL_WORKER_UNREACHABLE, Step.SOCIAL_WORKER_TOLD);
        assertThat(timeline.get(3).said()).isEqualTo("Attempt 1 of 2 to reach the social worker: no answer.");
        assertThat(timeline.get(6).said()).isEqualTo("Could not reach the social worker by phone after 2 attempts; "
                + "emailed instead.");
        assertThat(timeline.get(7).said()).startsWith("Emailed the social worker, Alex Worker, at "
                + "alex.worker@silent-phone.example.org");

        List<CallSummary> socialWorkerCalls = calls.onDate(f.today()).stream()
                .filter(c -> c.purpose() == CallPurpose.SOCIAL_WORKER && c.provisionId().equals(f.school())).toList();
        assertThat(socialWorkerCalls).extracting(CallSummary::attempt).containsExactlyInAnyOrder(1, 2);
        assertThat(socialWorkerCalls).extracting(CallSummary::outcome).containsOnly(CallOutcome.NO_ANSWER);

        ReceivedMail mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains("alex.worker@silent-phone.example.org")).toList(),
                l -> !l.isEmpty()).getFirst();
        // The same words the call would have said.
        assertThat(mail.text()).contains("Rollcall did not call the carer: no phone number is on record for the "
                + "carer, Sam Carer");
        assertThat(mailbox.messages().stream().filter(m -> m.to().contains("alex.worker@silent-phone.example.org")))
                .hasSize(1);
    }
}
