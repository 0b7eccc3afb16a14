package org.rollcall.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.E164Number;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;

import com.twilio.http.TwilioRestClient;

/** The Twilio adapter against a local stand-in for api.twilio.com, with webhooks signed as Twilio signs them. */
class TwilioTelephonyTests {

    private static final String ACCOUNT = "AC" + "0123456789abcdef".repeat(2);
    private static final String TOKEN = "auth-token-for-tests";
    private static final String BASE = "https://rollcall.example.org";

    private StubTwilioApi api;
    private TwilioTelephony twilio;
    private final BlockingQueue<TelephonyEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        api = new StubTwilioApi("RIFF....WAVEfmt recording bytes".getBytes(StandardCharsets.ISO_8859_1));
        TwilioRestClient client = new TwilioRestClient.Builder(ACCOUNT, TOKEN).httpClient(api.httpClient()).build();
        twilio = new TwilioTelephony(settings(Duration.ofSeconds(25)), client, Clock.systemUTC());
        twilio.addListener(events::add);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void callsTheOperatorFirstWithOurWebhooksAndCallerId() {
        TelephonyCallId id = place("op1");
        var create = api.requests.getFirst();
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Calls.json");
        assertThat(create.form()).containsEntry("To", "client:op1").containsEntry("From", "+441632960000")
                .containsEntry("Url", BASE + "/telephony/twilio/voice?callId=" + id)
                .containsEntry("StatusCallback", BASE + "/telephony/twilio/status?callId=" + id + "&leg=operator");
        assertThat(create.form().get("StatusCallbackEvent")).contains("answered", "completed");
        assertThat(create.form()).containsEntry("StatusCallbackMethod", "POST").containsEntry("Timeout", "30")
                .doesNotContainKeys("MachineDetection", "AsyncAmd", "Record");
        assertThat(create.authorization()).startsWith("Basic ");
    }

    @Test
    void refusesACallerIdThatIsNotTheConfiguredTwilioNumberBeforeCallingTwilio() {
        var request = new CallRequest(new TelephonyCallId(UUID.randomUUID()), "op1", new E164Number("+441632960123"),
                new E164Number("+441632969999"));
        assertThatIllegalArgumentException().isThrownBy(() -> twilio.placeCall(request))
                .withMessageContaining("rollcall.telephony.twilio.caller-id");
        assertThat(api.requests).isEmpty();
    }

    @Test
    void aDestinationThatIsNotE164IsRefusedBeforeAnyRequestToTwilio() {
        assertThatIllegalArgumentException().isThrownBy(() -> twilio.placeCall(new CallRequest(
                        new TelephonyCallId(UUID.randomUUID()), "op1", new E164Number("+44 1632 960123"),
                        new E164Number("+441632960000"))))
                .withMessageContaining("not an E.164 telephone number");
        assertThat(api.requests).isEmpty();
    }

    @Test
    void anOperatorWhoDoesNotAnswerFailsTheCallWithTheCause() throws Exception {
        TelephonyCallId id = place("op1");
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "ringing"));
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "no-answer"));
        assertThat(((TelephonyEvent.Failed) next()).cause()).isEqualTo("operator leg failed: the phone rang but was "
                + "not answered (Twilio no-answer)");
        assertThat(((TelephonyEvent.Ended) next()).talkTime()).isZero();
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aVoiceWebhookForACallWeDoNotKnowHangsUp() {
        String url = BASE + "/telephony/twilio/voice?callId=" + UUID.randomUUID();
        var answer = twilio.webhooks().handle(url, Map.of("CallStatus", "in-progress"),
                sign(url, Map.of("CallStatus", "in-progress")));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/xml");
        assertThat(answer.body()).contains("<Hangup").doesNotContain("<Dial");
    }

    @Test
    void replayedStatusAndRecordingCallbacksAreHarmless() throws Exception {
        TelephonyCallId id = place("op1");
        post("/telephony/twilio/voice?callId=" + id, Map.of());
        post(destination(id), Map.of("CallStatus", "in-progress"));
        post(destination(id), Map.of("CallStatus", "in-progress"));
        Map<String, String> recording = Map.of("RecordingStatus", "completed", "RecordingSid", "RE2",
                "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/RE2");
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "completed"));
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "completed"));
        post("/telephony/twilio/recording?callId=" + id, recording);
        post("/telephony/twilio/recording?callId=" + id, recording);
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "completed"));
        List<String> seen = new java.util.ArrayList<>();
        for (TelephonyEvent e; (e = events.poll(300, TimeUnit.MILLISECONDS)) != null; ) {
            seen.add(e.getClass().getSimpleName());
        }
        assertThat(seen).containsExactly("OperatorLegUp", "Answered", "Bridged", "Ended", "RecordingAvailable");
    }

    @Test
    void anEndedCallWaitsForItsRecordingOnlySoLong() throws Exception {
        TelephonyCallId id = place("op1");
        post("/telephony/twilio/voice?callId=" + id, Map.of());
        post(destination(id), Map.of("CallStatus", "in-progress"));
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "completed"));
        assertThat(twilio.calls).as("kept to await the recording").containsKey(id);

        twilio.forgetCallsWithoutRecording(java.time.Instant.now().plus(Duration.ofMinutes(30)));
        assertThat(twilio.calls).as("a recording may still come").containsKey(id);
        twilio.forgetCallsWithoutRecording(java.time.Instant.now().plus(TwilioTelephony.RECORDING_WAIT)
                .plusSeconds(60));
        assertThat(twilio.calls).as("no longer waited for").doesNotContainKey(id);
    }

    @Test
    void aSignedConversationBecomesPortEventsAndTheRecordingIsDeletedOnlyAfterRelease() throws Exception {
        TelephonyCallId id = place("op1");
        var voice = post("/telephony/twilio/voice?callId=" + id, Map.of("CallSid", "CA1", "CallStatus",
                "in-progress"));
        assertThat(voice.status()).isEqualTo(200);
        assertThat(voice.body()).contains("<Dial", "callerId=\"+441632960000\"", "timeout=\"25\"",
                "record=\"record-from-answer-dual\"", "<Number", "+441632960123</Number>");
        assertThat(voice.body()).doesNotContainIgnoringCase("machineDetection");
        assertThat(next()).isInstanceOf(TelephonyEvent.OperatorLegUp.class);

        post(destination(id), Map.of("CallStatus", "ringing"));
        post(destination(id), Map.of("CallStatus", "in-progress"));
        assertThat(next()).isInstanceOf(TelephonyEvent.DestinationRinging.class);
        assertThat(next()).isInstanceOf(TelephonyEvent.Answered.class);
        assertThat(next()).isInstanceOf(TelephonyEvent.Bridged.class);

        post("/telephony/twilio/recording?callId=" + id, Map.of("RecordingStatus", "completed", "RecordingSid",
                "RE1", "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/RE1"));
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "completed"));
        assertThat(next()).isInstanceOf(TelephonyEvent.Ended.class);
        var recording = (TelephonyEvent.RecordingAvailable) next();
        try (InputStream in = recording.source().open()) {
            assertThat(in.readAllBytes()).isEqualTo(api.recording);
        }
        assertThat(api.requests).noneMatch(r -> r.method().equals("DELETE"));
        recording.source().release();
        assertThat(api.requests).anyMatch(r -> r.method().equals("DELETE") && r.path().endsWith("/Recordings/RE1.json"));
    }

    @Test
    void busyAndNoAnswerComeFromTheDialAction() throws Exception {
        TelephonyCallId id = place("+447700900123");
        assertThat(api.requests.getFirst().form()).containsEntry("To", "+447700900123");
        post("/telephony/twilio/voice?callId=" + id, Map.of());
        next();
        post(destination(id), Map.of("CallStatus", "ringing"));
        next();
        var hangup = post("/telephony/twilio/dial-complete?callId=" + id, Map.of("DialCallStatus", "busy"));
        assertThat(hangup.body()).contains("<Hangup");
        assertThat(next()).isInstanceOf(TelephonyEvent.Busy.class);
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "completed"));
        assertThat(((TelephonyEvent.Ended) next()).talkTime()).isZero();
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void forgedTamperedMisaddressedAndUnsignedWebhooksAreRefusedAndChangeNothing() throws Exception {
        TelephonyCallId id = place("op1");
        String url = BASE + "/telephony/twilio/voice?callId=" + id;
        Map<String, String> params = Map.of("CallStatus", "in-progress");
        String signature = sign(url, params);

        var tampered = twilio.webhooks().handle(url, Map.of("CallStatus", "completed"), signature);
        var wrongUrl = twilio.webhooks().handle("https://evil.example.org/telephony/twilio/voice?callId=" + id,
                params, signature);
        var unsigned = twilio.webhooks().handle(url, params, null);
        var forged = twilio.webhooks().handle(url, params, sign(url, params).replace('A', 'B') + "x");
        assertThat(List.of(tampered, wrongUrl, unsigned, forged)).extracting(WebhookResponse::status)
                .containsOnly(403);
        assertThat(events).isEmpty();

        assertThat(twilio.webhooks().handle(url, params, signature).status()).isEqualTo(200);
        assertThat(twilio.webhooks().handle(url, params, signature).status()).as("replayed").isEqualTo(200);
        assertThat(next()).isInstanceOf(TelephonyEvent.OperatorLegUp.class);
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).as("the replay changed nothing").isNull();
    }

    @Test
    void malformedBodiesAndUnknownCallsNeverThrow() {
        String url = BASE + "/telephony/twilio/status?callId=not-a-uuid&leg=operator";
        assertThat(twilio.webhooks().handle(url, Map.of(), sign(url, Map.of())).status()).isEqualTo(200);
        String unknown = BASE + "/telephony/twilio/status?callId=" + UUID.randomUUID();
        assertThat(twilio.webhooks().handle(unknown, Map.of("CallStatus", "completed"),
                sign(unknown, Map.of("CallStatus", "completed"))).status()).isEqualTo(200);
        assertThat(twilio.webhooks().handle(null, null, "x").status()).isEqualTo(403);
    }

    @Test
    void hangUpCompletesTheOperatorsCall() {
        TelephonyCallId id = place("op1");
        twilio.hangUp(id);
        var update = api.requests.get(1);
        assertThat(update.path()).endsWith("/Calls/CA0123456789abcdef0123456789abcdef.json");
        assertThat(update.form()).containsEntry("Status", "completed");
    }

    @Test
    void hangingUpACallThatHasEndedAsksNothingOfTwilio() throws Exception {
        TelephonyCallId id = place("op1");
        post("/telephony/twilio/voice?callId=" + id, Map.of());
        post(destination(id), Map.of("CallStatus", "in-progress"));
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "completed"));
        int before = api.requests.size();
        twilio.hangUp(id); // the call waits for its recording, but is over
        assertThat(api.requests).hasSize(before);
    }

    @Test
    void issuesSoftphoneTokensWithAVoiceGrant() {
        String jwt = twilio.accessToken("operator1", Duration.ofMinutes(30));
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"identity\":\"operator1\"", "\"voice\"", "AP0123");
    }

    @Test
    void settingsRefuseWhatTwilioOrOfcomWouldNot() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(Duration.ofSeconds(10)))
                .withMessageContaining("ring-timeout must be at least 15 s (Ofcom), not 10 s");
        assertThatIllegalArgumentException().isThrownBy(() -> new TwilioSettings("nope", TOKEN, null, null, null,
                new E164Number("+441632960000"), URI.create(BASE), Duration.ofSeconds(20)))
                .withMessageContaining("rollcall.telephony.twilio.account-sid is required");
    }

    private TelephonyCallId place(String operator) {
        TelephonyCallId id = new TelephonyCallId(UUID.randomUUID());
        twilio.placeCall(new CallRequest(id, operator, new E164Number("+441632960123"),
                new E164Number("+441632960000")));
        return id;
    }

    private static String destination(TelephonyCallId id) {
        return "/telephony/twilio/status?callId=" + id + "&leg=destination";
    }

    private WebhookResponse post(String path, Map<String, String> params) {
        return twilio.webhooks().handle(BASE + path, params, sign(BASE + path, params));
    }

    private TelephonyEvent next() throws InterruptedException {
        TelephonyEvent event = events.poll(5, TimeUnit.SECONDS);
        assertThat(event).as("an event").isNotNull();
        return event;
    }

    private static String sign(String url, Map<String, String> params) {
        return TwilioSignature.sign(TOKEN, url, params);
    }

    private static TwilioSettings settings(Duration ring) {
        return new TwilioSettings(ACCOUNT, TOKEN, "SK" + "0123456789abcdef".repeat(2), "api-secret-for-tests-at-least-32-characters",
                "AP" + "0123456789abcdef".repeat(2), new E164Number("+441632960000"), URI.create(BASE), ring);
    }
}
