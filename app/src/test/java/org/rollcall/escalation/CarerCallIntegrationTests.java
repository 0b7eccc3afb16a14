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
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The robot path, end to end over the real dialler, simulated exchange and SMTP: an unauthorised mark queues a carer
 * call, a robot operator takes it and records the carer's reason, and the social worker's email arrives. And the
 * carer who cannot be called, the social worker who is not on record, and nobody to tell.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.escalation.carer-retry-delay=1s"})
class CarerCallIntegrationTests {

    private static final List<String> ROBOT_REASONS = List.of("temperature", "taxi", "contact visit", "Dentist",
            "falling-out");

    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EscalationSettings settings;
    @Autowired CallLog calls;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aRobotOperatorHearsTheCarerAndTheSocialWorkerIsEmailedTheSameDay() {
        var f = EscalationFixtures.create(directory, clock, "Robot Shire", "911", "01632 960211")
                .withContacts(directory, "07700 900211", "alex.worker@robot-shire.example.org");
        var other = EscalationFixtures.create(directory, clock, "Elsewhere Shire", "912", "01632 960212");
        mark(f, "N", "no word from home");

        Escalation told = awaitState(f, EscalationState.SOCIAL_WORKER_TOLD);
        assertThat(told.carerReason()).isNotBlank();
        assertThat(ROBOT_REASONS).anyMatch(told.carerReason()::contains);
        List<TimelineEntry> timeline = escalations.timeline(told.id());
        assertThat(timeline).extracting(TimelineEntry::step).containsExactly(Step.OPENED, Step.CARER_CALL_QUEUED,
                Step.CARER_REASON, Step.SOCIAL_WORKER_TOLD);
        assertThat(timeline.get(1).said()).startsWith("Call 1 of 3 to the carer, Sam Carer, on 07700900211, queued "
                + "for operators from 10:3");
        assertThat(timeline.get(2).who()).isEqualTo("robot1");
        assertThat(timeline.get(3).said()).startsWith("Emailed the social worker, Alex Worker, at "
                + "alex.worker@robot-shire.example.org");

        ReceivedMail mail = awaitMail("alex.worker@robot-shire.example.org");
        assertThat(mail.subject()).isEqualTo("Unauthorised absence: Robin E. at Robot Shire Primary, Wednesday 2 "
                + "December 2026");
        assertThat(mail.text()).contains("Robin E. was marked absent without authorisation at Robot Shire Primary "
                        + "for the morning of Wednesday 2 December 2026, with code N (Reason not yet established).")
                .contains("The school's reason: no word from home")
                .contains("The carer, Sam Carer, said: \u201c" + told.carerReason() + "\u201d")
                .doesNotContain("Example"); // least data: never the child's last name

        // The robot wraps the call up just after saving the reason: wait for that, not for a busy machine's luck.
        CallSummary call = await().atMost(Duration.ofSeconds(30)).until(() -> carerCalls(f).getFirst(),
                c -> c.status() == CallStatus.DONE);
        assertThat(call.outcome()).isEqualTo(CallOutcome.COMPLETED);
        assertThat(call.operatorName()).isEqualTo("robot1");
        // The school's code stands; the carer's reason is kept with the escalation of that mark.
        assertThat(attendance.history(f.child(), f.today(), Session.AM).getLast().code()).isEqualTo("N");
        // The child's authority sees it; another authority does not.
        assertThat(escalations.forAuthority(f.authority(), f.today(), f.today())).extracting(Escalation::id)
                .containsExactly(told.id());
        assertThat(escalations.forAuthority(other.authority(), f.today(), f.today())).isEmpty();
    }

    @Test
    void aCarerWithNoPhoneIsNotCalledAndTheSocialWorkerIsToldWhy() {
        var f = EscalationFixtures.create(directory, clock, "No Phone Shire", "913", "01632 960213")
                .withContacts(directory, null, "alex.worker@no-phone.example.org");
        mark(f, "O", "not known");

        Escalation told = awaitState(f, EscalationState.SOCIAL_WORKER_TOLD);
        assertThat(escalations.timeline(told.id())).extracting(TimelineEntry::step).containsExactly(Step.OPENED,
                Step.CARER_NO_PHONE, Step.SOCIAL_WORKER_TOLD);
        assertThat(awaitMail("alex.worker@no-phone.example.org").text()).contains("Rollcall did not call the carer: "
                + "no phone number is on record for the carer, Sam Carer; their contact details need updating.");
        assertThat(carerCalls(f)).isEmpty();
    }

    @Test
    void noSocialWorkerOnRecordTellsTheDutyAddressAndNoAddressAtAllWaitsForOne() {
        var f = EscalationFixtures.create(directory, clock, "Duty Shire", "914", "01632 960214")
                .withContacts(directory, null, null);
        settings.set(f.authority(), " duty.team@duty-shire.example.org ", null);
        mark(f, "G", "holiday in term time");
        Escalation told = awaitState(f, EscalationState.SOCIAL_WORKER_TOLD);
        assertThat(escalations.timeline(told.id()).getLast()).satisfies(t -> {
            assertThat(t.step()).isEqualTo(Step.DUTY_ADDRESS_TOLD);
            assertThat(t.said()).startsWith("Emailed the authority's duty address, duty.team@duty-shire.example.org, "
                    + "because no social worker email is on record for the child");
        });
        assertThat(awaitMail("duty.team@duty-shire.example.org").subject()).startsWith("Unauthorised absence: ");

        var nobody = EscalationFixtures.create(directory, clock, "Nobody Shire", "915", "01632 960215")
                .withContacts(directory, null, null);
        mark(nobody, "N", "not known");
        Escalation waiting = awaitState(nobody, EscalationState.NOBODY_TO_TELL);
        assertThat(escalations.open()).extracting(Escalation::id).contains(waiting.id());
        assertThat(escalations.timeline(waiting.id()).getLast().said()).contains("add the child's social worker, "
                + "or the authority's duty address");
    }

    @Test
    void aDutyAddressThatIsNotAnEmailAddressIsRefusedAndNothingIsSaved() {
        var f = EscalationFixtures.create(directory, clock, "Typo Shire", "916", "01632 960216");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.set(f.authority(), "duty at typo", null))
                .isInstanceOf(EscalationRefusedException.class)
                .hasMessageStartingWith("duty address: 'duty at typo' is not an email address");
        assertThat(settings.get(f.authority()).dutyEmail()).isEmpty();
    }

    @Test
    void anAuthorityThatPrefersCallsHasARobotTellTheSocialWorkerByPhoneAndNothingIsEmailed() {
        var f = EscalationFixtures.create(directory, clock, "Phoning Shire", "917", "01632 960217")
                .withSocialWorkerPhone(directory, "07700 900217", "0117 496 0217", "alex.worker@phoning.example.org");
        settings.set(f.authority(), null, null, "call", "admin");
        mark(f, "N", "no word from home");

        Escalation told = awaitState(f, EscalationState.SOCIAL_WORKER_TOLD);
        List<TimelineEntry> timeline = escalations.timeline(told.id());
        assertThat(timeline).extracting(TimelineEntry::step).containsExactly(Step.OPENED, Step.CARER_CALL_QUEUED,
                Step.CARER_REASON, Step.SOCIAL_WORKER_CALL_QUEUED, Step.SOCIAL_WORKER_PHONED);
        assertThat(timeline.get(3).said()).startsWith("Call 1 of 3 to the social worker, Alex Worker, on "
                + "01174960217, queued for operators from 10:3").endsWith("to tell them: The carer, Sam Carer, said: "
                + "\u201c" + told.carerReason() + "\u201d");
        assertThat(timeline.get(4).who()).isEqualTo("robot1");
        assertThat(timeline.get(4).step().label()).isEqualTo("Social worker told by phone");
        assertThat(timeline.get(4).said()).isEqualTo("Told the social worker, Alex Worker, by phone on 01174960217: "
                + "The carer, Sam Carer, said: \u201c" + told.carerReason() + "\u201d");

        // The robot says "Told", then hangs up and wraps up.
        CallSummary call = await().atMost(Duration.ofSeconds(30)).until(() -> calls(f, CallPurpose.SOCIAL_WORKER)
                .getFirst(), c -> c.status() == CallStatus.DONE);
        assertThat(call.outcome()).isEqualTo(CallOutcome.COMPLETED);
        assertThat(call.operatorName()).isEqualTo("robot1");
        assertThat(call.subject()).isEqualTo(told.id().value());
        // Told by phone: no email was written for the social worker, so none can be sent.
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = ?")
                .param("alex.worker@phoning.example.org").query(Integer.class).single()).isZero();
    }

    @Test
    void aSocialWorkerWithoutAPhoneIsEmailedAtOnceAndTheTimelineSaysWhy() {
        var f = EscalationFixtures.create(directory, clock, "No Number Shire", "918", "01632 960218")
                .withContacts(directory, null, "alex.worker@no-number.example.org");
        settings.set(f.authority(), null, null, "call", "admin");
        mark(f, "O", "not known");

        Escalation told = awaitState(f, EscalationState.SOCIAL_WORKER_TOLD);
        List<TimelineEntry> timeline = escalations.timeline(told.id());
        assertThat(timeline).extracting(TimelineEntry::step).containsExactly(Step.OPENED, Step.CARER_NO_PHONE,
                Step.SOCIAL_WORKER_NO_PHONE, Step.SOCIAL_WORKER_TOLD);
        assertThat(timeline.get(2).said()).isEqualTo("The authority prefers to tell the social worker by phone, but "
                + "no phone number is on record for the social worker, Alex Worker. Emailing instead.");
        assertThat(awaitMail("alex.worker@no-number.example.org").subject()).startsWith("Unauthorised absence: ");
        assertThat(calls(f, CallPurpose.SOCIAL_WORKER)).isEmpty();
    }

    @Test
    void anExclusionAtAnAuthorityThatPrefersCallsIsToldByPhoneAndTheLetterIsStillAwaited() {
        var f = EscalationFixtures.create(directory, clock, "Excluding Phone Shire", "919", "01632 960219")
                .withSocialWorkerPhone(directory, null, "0117 496 0219", null);
        settings.set(f.authority(), null, null, "call", "admin");
        mark(f, "E", "fixed-term suspension");

        List<TimelineEntry> timeline = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> escalations.find(f.child(), f.today(), Trigger.EXCLUSION)
                        .map(e -> escalations.timeline(e.id())).orElse(List.of()),
                        t -> t.stream().anyMatch(e -> e.step() == Step.SOCIAL_WORKER_PHONED));
        assertThat(timeline.stream().filter(e -> e.step() == Step.SOCIAL_WORKER_PHONED).findFirst().orElseThrow()
                .said()).isEqualTo("Told the social worker, Alex Worker, by phone on 01174960219: the child was "
                + "excluded.");
        assertThat(escalations.find(f.child(), f.today(), Trigger.EXCLUSION).orElseThrow().state())
                .isEqualTo(EscalationState.LETTER_REQUESTED);
    }

    private void mark(EscalationFixtures f, String code, String reason) {
        attendance.record(new RecordMark(f.child(), f.school(), f.today(), Session.AM, code, reason, null, null,
                "op-carer"));
    }

    private Escalation awaitState(EscalationFixtures f, EscalationState state) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> escalations.find(f.child(), f.today(), Trigger.UNAUTHORISED_ABSENCE),
                        e -> e.isPresent() && e.get().state() == state).orElseThrow();
    }

    private ReceivedMail awaitMail(String to) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains(to)).toList(), l -> !l.isEmpty()).getFirst();
    }

    private List<CallSummary> carerCalls(EscalationFixtures f) {
        return calls(f, CallPurpose.CARER);
    }

    private List<CallSummary> calls(EscalationFixtures f, CallPurpose purpose) {
        return calls.onDate(f.today()).stream().filter(c -> c.purpose() == purpose
                && c.provisionId().equals(f.school())).toList();
    }
}
