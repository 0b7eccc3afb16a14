package org.rollcall.telephony.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.rollcall.telephony.asterisk.ScriptedAmiServer.first;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.E164Number;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;

/** The AMI adapter against a scripted Asterisk over real TCP. */
class AsteriskTelephonyIntegrationTests {

    private static final Clock CLOCK = Pbx.CLOCK;

    @TempDir Path recordings;
    private Pbx pbx;
    private ScriptedAmiServer ami;
    private BlockingQueue<TelephonyEvent> events;

    @BeforeEach
    void connect() throws Exception {
        pbx = new Pbx(recordings);
        ami = pbx.ami;
        events = pbx.events;
    }

    @AfterEach
    void close() throws Exception {
        pbx.close();
    }

    @Test
    void anAnsweredCallIsOriginatedAgentFirstAndYieldsItsRecording() throws Exception {
        TelephonyCallId id = place("op7", "+441632960123");
        Map<String, List<String>> originate = ami.awaitAction("Originate");
        assertThat(first(originate, "Channel")).isEqualTo("PJSIP/op7");
        assertThat(first(originate, "ChannelId")).isEqualTo(id.toString());
        assertThat(first(originate, "Context")).isEqualTo("rollcall-outbound");
        assertThat(originate.get("variable")).contains("CALL_ID=" + id, "DESTINATION=PJSIP/+441632960123@trunk",
                "CALLER_ID=+441632960000", "RING_TIMEOUT=25");

        operatorAnswers(id);
        ami.event("Event: DialBegin", "Channel: PJSIP/op7-00000001", "Uniqueid: " + id, "Linkedid: " + id,
                "DestChannel: PJSIP/trunk-00000002", "DestUniqueid: 1700.2", "DestLinkedid: " + id);
        ami.event("Event: DialEnd", "Channel: PJSIP/op7-00000001", "Uniqueid: " + id, "Linkedid: " + id,
                "DestChannel: PJSIP/trunk-00000002", "DestUniqueid: 1700.2", "DialStatus: ANSWER");
        assertThat(next()).isInstanceOf(TelephonyEvent.DestinationRinging.class);
        assertThat(next()).isInstanceOf(TelephonyEvent.Answered.class);
        assertThat(next()).isInstanceOf(TelephonyEvent.Bridged.class).extracting(e -> LocalDate.ofInstant(e.at(),
                CLOCK.getZone())).as("stamped by Rollcall's clock").isEqualTo(LocalDate.of(2030, 1, 6));

        Path wav = pbx.write(id, fakeWav());
        hangupEvent(id, "Normal Clearing");
        var ended = (TelephonyEvent.Ended) next();
        assertThat(ended.cause()).isEqualTo("hung up normally (cause 16)");
        var recording = (TelephonyEvent.RecordingAvailable) next();
        assertThat(recording.source().stoppedAt()).as("the recording stopped with the hang-up").contains(ended.at());
        try (InputStream in = recording.source().open()) {
            assertThat(in.readAllBytes()).isEqualTo(fakeWav());
        }
        recording.source().release();
        assertThat(wav).doesNotExist();
    }

    @Test
    void eventsOfTheSchoolsChannelAreMatchedByTheCallIdChannelVariable() throws Exception {
        TelephonyCallId id = place("op1", "+441632960008");
        ami.awaitAction("Originate");
        operatorAnswers(id);
        // Uniqueid and Linkedid are the PBX's own here; only manager.conf's channelvars=CALL_ID links the event.
        ami.event("Event: DialBegin", "Channel: PJSIP/trunk-00000009", "Uniqueid: 1700000000.9",
                "Linkedid: 1700000000.9", "ChanVariable: CALL_ID=" + id);
        ami.event("Event: DialEnd", "Channel: PJSIP/trunk-00000009", "Uniqueid: 1700000000.9",
                "Linkedid: 1700000000.9", "DialStatus: NOANSWER", "ChanVariable: CALL_ID=" + id);
        assertThat(next()).isInstanceOf(TelephonyEvent.DestinationRinging.class);
        assertThat(next()).isInstanceOf(TelephonyEvent.NoAnswer.class);
    }

    @Test
    void busyAndNoAnswerEndTheCallWithoutARecording() throws Exception {
        TelephonyCallId busy = place("op1", "+441632960001");
        ami.awaitAction("Originate");
        operatorAnswers(busy);
        dialEnd(busy, "BUSY");
        hangupEvent(busy, "User busy");
        assertThat(next()).isInstanceOf(TelephonyEvent.Busy.class);
        assertThat(((TelephonyEvent.Ended) next()).talkTime()).isZero();

        TelephonyCallId silent = place("op1", "+441632960002");
        ami.awaitAction("Originate");
        operatorAnswers(silent);
        dialEnd(silent, "NOANSWER");
        hangupEvent(silent, "No answer");
        assertThat(next()).isInstanceOf(TelephonyEvent.NoAnswer.class);
        assertThat(next()).isInstanceOf(TelephonyEvent.Ended.class);
        assertThat(events.poll(300, TimeUnit.MILLISECONDS)).as("no recording").isNull();
    }

    @Test
    void theOperatorHangsUpMidCallThroughAmi() throws Exception {
        TelephonyCallId id = connectedCall();
        telephony().hangUp(id);
        assertThat(first(ami.awaitAction("Hangup"), "Channel")).isEqualTo("PJSIP/op1-00000001");
        hangupEvent(id, "Normal Clearing");
        assertThat(next()).isInstanceOf(TelephonyEvent.Ended.class);
    }

    @Test
    void malformedLinesUnknownCallsAndRepeatsAreHarmless() throws Exception {
        TelephonyCallId id = place("op1", "+441632960003");
        ami.awaitAction("Originate");
        ami.raw("this line has no colon\r\n:\r\nEvent\r\n\r\n");
        ami.event("Event: Hangup", "Channel: PJSIP/x-9", "Uniqueid: " + UUID.randomUUID(), "Cause-txt: Whatever");
        ami.event("Event: Newstate", "Channel: PJSIP/y-1", "ChannelStateDesc: Up", "Uniqueid: not-a-uuid");
        operatorAnswers(id);
        dialEnd(id, "ANSWER");
        dialEnd(id, "ANSWER");
        assertThat(next()).isInstanceOf(TelephonyEvent.Answered.class);
        assertThat(next()).isInstanceOf(TelephonyEvent.Bridged.class);
        assertThat(events.poll(300, TimeUnit.MILLISECONDS)).as("repeat ignored").isNull();
    }

    @Test
    void aCallLostInAnOutageIsEndedAfterTheReconnect() throws Exception {
        TelephonyCallId lost = connectedCall();
        ami.liveChannels(List.of());
        ami.drop();
        var ended = (TelephonyEvent.Ended) events.poll(30, TimeUnit.SECONDS);
        assertThat(ended).as("ended after reconnect").isNotNull();
        assertThat(ended.callId()).isEqualTo(lost);
        assertThat(ended.cause()).isEqualTo("lost during AMI outage");
        assertThat(ami.logins()).isEqualTo(2);
        assertThat(telephony().isConnected()).isTrue();
    }

    @Test
    void anOperatorWhoCannotBeReachedFailsTheCallMatchedByTheEchoedActionId() throws Exception {
        TelephonyCallId id = place("op9", "+441632960005");
        String actionId = first(ami.awaitAction("Originate"), "ActionID");
        assertThat(actionId).as("our call id travels in the ActionID").endsWith(id.toString());
        // No channel was ever made, so the only link to the call is the ActionID Asterisk echoes.
        ami.event("Event: OriginateResponse", "ActionID: " + actionId, "Response: Failure", "Channel: PJSIP/op9",
                "Context: rollcall-outbound", "Exten: s", "Reason: 3", "Uniqueid: <null>",
                "CallerIDNum: <unknown>", "CallerIDName: <unknown>");
        var failed = (TelephonyEvent.Failed) next();
        assertThat(failed.callId()).isEqualTo(id);
        assertThat(failed.cause()).isEqualTo("operator leg failed: the phone rang but was not answered (reason 3)");
        assertThat(((TelephonyEvent.Ended) next()).talkTime()).isZero();
    }

    @Test
    void anOperatorWhoRejectsTheCallFailsItWithTheCause() throws Exception {
        TelephonyCallId id = place("op1", "+441632960009");
        ami.awaitAction("Originate");
        ami.event("Event: Newchannel", "Channel: PJSIP/op1-0000000a", "Uniqueid: " + id, "Linkedid: " + id);
        pbx.hangup(id, 21, "Call Rejected");
        assertThat(((TelephonyEvent.Failed) next()).cause()).isEqualTo("operator leg failed: the phone rejected the "
                + "call (cause 21)");
        assertThat(((TelephonyEvent.Ended) next()).cause()).isEqualTo("operator leg failed: the phone rejected the "
                + "call (cause 21)");
    }

    @Test
    void anOriginateRefusedByAsteriskFailsTheCall() throws Exception {
        ami.refuseOriginate();
        TelephonyCallId id = place("nobody", "+441632960006");
        var failed = (TelephonyEvent.Failed) next();
        assertThat(failed.callId()).isEqualTo(id);
        assertThat(failed.cause()).startsWith("originate refused");
        assertThat(next()).isInstanceOf(TelephonyEvent.Ended.class);
    }

    @Test
    void anUnreachableSchoolFailsWithItsCause() throws Exception {
        TelephonyCallId id = place("op1", "+441632960007");
        ami.awaitAction("Originate");
        operatorAnswers(id);
        dialEnd(id, "CHANUNAVAIL");
        hangupEvent(id, "Normal Clearing");
        assertThat(((TelephonyEvent.Failed) next()).cause()).isEqualTo("the school's line could not be reached "
                + "(CHANUNAVAIL)");
        assertThat(next()).isInstanceOf(TelephonyEvent.Ended.class);
    }

    @Test
    void aCallStillUpAfterTheReconnectCarriesOn() throws Exception {
        TelephonyCallId alive = connectedCall();
        ami.liveChannels(List.of(alive.toString()));
        ami.drop();
        ami.awaitAction("CoreShowChannels");
        hangupEvent(alive, "Normal Clearing");
        var ended = (TelephonyEvent.Ended) next();
        assertThat(ended.cause()).as("not closed by the reconciliation").isEqualTo("hung up normally (cause 16)");
        assertThat(ended.talkTime()).isPositive();
        assertThat(next()).isInstanceOf(TelephonyEvent.RecordingAvailable.class);
    }

    @Test
    void callsAreClosedAsUnknownWhenAsteriskCannotListItsChannelsAfterAReconnect() throws Exception {
        TelephonyCallId call = connectedCall();
        ami.refuseCoreShowChannels();
        ami.drop();
        for (int attempt = 1; attempt <= AsteriskTelephony.RECONCILE_ATTEMPTS; attempt++) {
            ami.awaitAction("CoreShowChannels");
            if (attempt < AsteriskTelephony.RECONCILE_ATTEMPTS) {
                assertThat(events.poll(100, TimeUnit.MILLISECONDS)).as("a refusal is not an empty list").isNull();
            }
        }
        var ended = (TelephonyEvent.Ended) next();
        assertThat(ended.callId()).isEqualTo(call);
        assertThat(ended.cause()).isEqualTo("state unknown after AMI outage");
    }

    @Test
    void aConnectionThatGoesSilentIsNoticedByItsPingsReconnectedAndTheCallLostInItEnded() throws Exception {
        reconnectPinging(Duration.ofMillis(200));
        int logins = ami.logins();
        TelephonyCallId lost = connectedCall();
        ami.liveChannels(List.of());
        // Long enough to see the loss reported before the PBX greets the reconnect.
        ami.bannerDelay(500);
        ami.goSilent();

        await("the silent link reported lost").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> !telephony().isConnected());
        await("a new login").atMost(Duration.ofSeconds(30)).until(() -> ami.logins() == logins + 1);
        ami.awaitAction("CoreShowChannels");
        var ended = (TelephonyEvent.Ended) events.poll(30, TimeUnit.SECONDS);
        assertThat(ended).as("ended after the reconnect").isNotNull();
        assertThat(ended.callId()).isEqualTo(lost);
        assertThat(ended.cause()).isEqualTo("lost during AMI outage");
        await("connected again").atMost(Duration.ofSeconds(30)).until(telephony()::isConnected);
    }

    @Test
    void callsInFlightAreClosedWhenThePbxStaysUnreachable() throws Exception {
        reconnectWith(settings(ami.port(), recordings, Duration.ofSeconds(15), Duration.ofMillis(500)));
        TelephonyCallId stranded = connectedCall();
        // The PBX does not greet the reconnect in time: Asterisk-Java is still trying when the deadline passes.
        ami.bannerDelay(60_000);
        ami.drop();

        var ended = (TelephonyEvent.Ended) events.poll(30, TimeUnit.SECONDS);
        assertThat(ended).as("closed without waiting for the PBX").isNotNull();
        assertThat(ended.callId()).isEqualTo(stranded);
        assertThat(ended.cause()).isEqualTo("PBX unreachable for 500 ms: state unknown");
        assertThat(telephony().isConnected()).isFalse();
    }

    @Test
    void answeredPingsDoNotDisturbALiveCall() throws Exception {
        // A whole second between pings: only two Pongs each later than that could fail this on a loaded machine.
        reconnectPinging(Duration.ofSeconds(1));
        int logins = ami.logins();
        TelephonyCallId id = connectedCall();
        int pings = ami.count("Ping");
        await("four Pings answered").atMost(Duration.ofSeconds(30)).until(() -> ami.count("Ping") >= pings + 4);

        assertThat(events.poll(100, TimeUnit.MILLISECONDS)).as("nothing happened to the call").isNull();
        assertThat(ami.logins()).as("no reconnect").isEqualTo(logins);
        assertThat(telephony().isConnected()).isTrue();
        hangupEvent(id, "Normal Clearing");
        var ended = (TelephonyEvent.Ended) next();
        assertThat(ended.cause()).isEqualTo("hung up normally (cause 16)");
        assertThat(ended.talkTime()).isPositive();
        assertThat(next()).isInstanceOf(TelephonyEvent.RecordingAvailable.class);
    }

    @Test
    void aDestinationThatIsNotE164IsRefusedBeforeAnythingReachesAsterisk() throws Exception {
        var id = new TelephonyCallId(UUID.randomUUID());
        assertThatIllegalArgumentException().isThrownBy(() -> telephony().placeCall(new CallRequest(id, "op1",
                new E164Number("01632 960123"), new E164Number("+441632960000"))))
                .withMessageContaining("not an E.164 telephone number");
        assertThat(ami.sawAction("Originate")).isFalse();
    }

    @Test
    void settingsNameWhatIsWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AsteriskSettings(" ", 5038, "u", "p", "ctx",
                "PJSIP/{operator}", "PJSIP/{number}@trunk", recordings, Duration.ofSeconds(25),
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(15), Duration.ofMinutes(2)))
                .withMessageContaining("rollcall.telephony.asterisk.host is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new AsteriskSettings("pbx", 5038, "u", "p", "ctx",
                "PJSIP/{operator}", "PJSIP/{number}@trunk", recordings, Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(15), Duration.ofMinutes(2)))
                .withMessageContaining("ring-timeout must be at least 15 s (Ofcom), not 10 s");
        assertThatIllegalArgumentException().isThrownBy(() -> new AsteriskSettings("pbx", 5038, "u", "p", "ctx",
                "PJSIP/op", "PJSIP/{number}@trunk", recordings, Duration.ofSeconds(20), Duration.ofSeconds(1),
                Duration.ofSeconds(30), Duration.ofSeconds(15), Duration.ofMinutes(2)))
                .withMessageContaining("must contain {operator}");
        assertThatIllegalArgumentException().isThrownBy(() -> settings(5038, recordings, Duration.ofSeconds(15),
                Duration.ZERO)).withMessageContaining("rollcall.telephony.asterisk.outage-call-timeout must be positive");
        assertThatIllegalArgumentException().isThrownBy(() -> settings(5038, recordings, Duration.ofMillis(10)))
                .withMessageContaining("rollcall.telephony.asterisk.ping-interval must be at least 100 ms, for example 15s, "
                        + "not 10 ms");
    }

    /** The default test connection pings every 15 s, i.e. never within a test; these tests want a fast heartbeat. */
    private void reconnectPinging(Duration interval) {
        pbx.connectWith(settings(ami.port(), recordings, interval));
    }

    private void reconnectWith(AsteriskSettings settings) {
        pbx.connectWith(settings);
    }

    private AsteriskTelephony telephony() {
        return pbx.telephony;
    }

    private TelephonyCallId connectedCall() throws Exception {
        return pbx.connectedCall();
    }

    private TelephonyCallId place(String operator, String number) {
        return pbx.place(operator, number);
    }

    private void operatorAnswers(TelephonyCallId id) throws Exception {
        pbx.operatorAnswers(id);
    }

    private void dialEnd(TelephonyCallId id, String status) throws Exception {
        pbx.dialEnd(id, status);
    }

    private void hangupEvent(TelephonyCallId id, String cause) throws Exception {
        pbx.hangup(id, "Normal Clearing".equals(cause) ? 16 : 31, cause);
    }

    private TelephonyEvent next() throws InterruptedException {
        return pbx.next();
    }

    private static byte[] fakeWav() {
        return Pbx.wav(Duration.ofMillis(500));
    }

    static AsteriskSettings settings(int port, Path recordings) {
        return Pbx.settings(port, recordings);
    }

    static AsteriskSettings settings(int port, Path recordings, Duration pingInterval) {
        return Pbx.settings(port, recordings, pingInterval);
    }

    static AsteriskSettings settings(int port, Path recordings, Duration pingInterval, Duration outageCallTimeout) {
        return Pbx.settings(port, recordings, pingInterval, outageCallTimeout);
    }
}
