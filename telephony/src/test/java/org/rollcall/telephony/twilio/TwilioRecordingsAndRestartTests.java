package org.rollcall.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.CallState;
import org.rollcall.telephony.E164Number;
import org.rollcall.telephony.InFlightCall;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;

import com.twilio.http.TwilioRestClient;

/** Twilio's side of recordings that must not be lost or empty, and of a restart with calls at Twilio. */
class TwilioRecordingsAndRestartTests {

    private static final String ACCOUNT = "AC" + "0123456789abcdef".repeat(2);
    private static final String TOKEN = "auth-token-for-tests";
    private static final String BASE = "https://rollcall.example.org";
    private static final byte[] WAV = "RIFF....WAVEfmt recording bytes".getBytes(StandardCharsets.ISO_8859_1);

    private StubTwilioApi api;
    private TwilioTelephony twilio;
    private final BlockingQueue<TelephonyEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        api = new StubTwilioApi(WAV);
        twilio = new TwilioTelephony(new TwilioSettings(ACCOUNT, TOKEN, null, null, null,
                new E164Number("+441632960000"), URI.create(BASE), Duration.ofSeconds(25)),
                new TwilioRestClient.Builder(ACCOUNT, TOKEN).httpClient(api.httpClient()).build(), Clock.systemUTC());
        twilio.addListener(events::add);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theDialAsksToBeToldOfARecordingWithoutAudioToo() {
        TelephonyCallId id = place();
        assertThat(post("/telephony/twilio/voice?callId=" + id, Map.of()).body())
                .contains("recordingStatusCallbackEvent=\"completed absent\"");
    }

    @Test
    void aRecordingTwilioMadeWithoutAudioIsReportedLost() throws Exception {
        TelephonyCallId id = bridgedAndEnded();
        post("/telephony/twilio/recording?callId=" + id, Map.of("RecordingStatus", "absent", "RecordingSid", "RE3"));
        var lost = (TelephonyEvent.RecordingLost) next();
        assertThat(lost.reason()).isEqualTo("Twilio recorded no audio (recording status absent)");
        assertThat(twilio.calls).doesNotContainKey(id);
    }

    @Test
    void aRecordingCallbackThatNeverComesIsReportedLostNotJustForgotten() throws Exception {
        TelephonyCallId id = bridgedAndEnded();
        twilio.forgetCallsWithoutRecording(Instant.now().plus(TwilioTelephony.RECORDING_WAIT).plusSeconds(60));
        var lost = (TelephonyEvent.RecordingLost) next();
        assertThat(lost.callId()).isEqualTo(id);
        assertThat(lost.reason()).isEqualTo("Twilio sent no recording within 2 h of the call's end");
    }

    @Test
    void theRecordingStoppedWhenTheSchoolsLegEnded() throws Exception {
        TelephonyCallId id = place();
        post("/telephony/twilio/voice?callId=" + id, Map.of());
        post("/telephony/twilio/status?callId=" + id + "&leg=destination", Map.of("CallStatus", "in-progress"));
        Instant before = Instant.now();
        post("/telephony/twilio/dial-complete?callId=" + id, Map.of("DialCallStatus", "completed"));
        Instant after = Instant.now();
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "completed"));
        post("/telephony/twilio/recording?callId=" + id, completed("RE4"));
        var recording = events.stream().filter(e -> e instanceof TelephonyEvent.RecordingAvailable).findFirst()
                .map(e -> (TelephonyEvent.RecordingAvailable) e).orElseThrow();
        assertThat(recording.source().stoppedAt()).hasValueSatisfying(at -> assertThat(at).isBetween(before, after));
    }

    @Test
    void theCallSidIsTheReferenceKeptToFindTheCallAfterARestart() {
        TelephonyCallId id = place();
        assertThat(twilio.reference(id)).contains("CA0123456789abcdef0123456789abcdef");
        assertThat(twilio.reference(new TelephonyCallId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aCallStillUpAtTwilioAfterARestartIsFollowedByItsWebhooks() throws Exception {
        TelephonyCallId id = new TelephonyCallId(UUID.randomUUID());
        api.answers.put("/Calls/CA1.json", call("CA1", "in-progress", null));
        Instant bridged = Instant.now().minusSeconds(30);
        assertThat(twilio.resume(List.of(new InFlightCall(id, CallState.BRIDGED, bridged.minusSeconds(5), bridged,
                "CA1")))).containsExactly(id);
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).as("still up: nothing to judge").isNull();

        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "completed"));
        post("/telephony/twilio/recording?callId=" + id, completed("RE5"));
        var ended = (TelephonyEvent.Ended) next();
        assertThat(ended.talkTime()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        var recording = (TelephonyEvent.RecordingAvailable) next();
        try (InputStream in = recording.source().open()) {
            assertThat(in.readAllBytes()).isEqualTo(WAV);
        }
    }

    @Test
    void aCallThatEndedAtTwilioWhileRollcallWasStoppedEndsAtTwiliosEndWithItsRecording() throws Exception {
        TelephonyCallId id = new TelephonyCallId(UUID.randomUUID());
        Instant end = Instant.now().minusSeconds(40);
        api.answers.put("/Calls/CA2.json", call("CA2", "completed", end));
        api.answers.put("/Recordings.json", "{\"recordings\": [{\"sid\": \"RE6\", \"call_sid\": \"CA2\", "
                + "\"status\": \"completed\", \"account_sid\": \"" + ACCOUNT + "\"}], \"page\": 0, "
                + "\"page_size\": 50, \"first_page_uri\": \"/x\", \"next_page_uri\": null, \"uri\": \"/x\"}");
        Instant bridged = end.minusSeconds(60);
        assertThat(twilio.resume(List.of(new InFlightCall(id, CallState.BRIDGED, bridged.minusSeconds(5), bridged,
                "CA2")))).containsExactly(id);

        var ended = (TelephonyEvent.Ended) next();
        assertThat(ended.cause()).isEqualTo("ended while Rollcall was stopped");
        assertThat(Duration.between(end, ended.at()).abs()).isLessThan(Duration.ofSeconds(2));
        assertThat(ended.talkTime()).isBetween(Duration.ofSeconds(58), Duration.ofSeconds(62));
        var recording = (TelephonyEvent.RecordingAvailable) next();
        try (InputStream in = recording.source().open()) {
            assertThat(in.readAllBytes()).isEqualTo(WAV);
        }
        assertThat(api.requests).anyMatch(r -> r.method().equals("GET") && r.path().endsWith("/Recordings/RE6.wav"));
    }

    @Test
    void callsTwilioCannotFindOrThatHaveNoSidAreLeftToTheApplication() {
        api.unknown.add("/Calls/CA404.json");
        TelephonyCallId unknown = new TelephonyCallId(UUID.randomUUID());
        TelephonyCallId noSid = new TelephonyCallId(UUID.randomUUID());
        Instant placed = Instant.now().minusSeconds(10);
        assertThat(twilio.resume(List.of(new InFlightCall(unknown, CallState.BRIDGED, placed, placed, "CA404"),
                new InFlightCall(noSid, CallState.PLACED, placed, null, null)))).isEmpty();
        assertThat(twilio.calls).isEmpty();
    }

    private TelephonyCallId bridgedAndEnded() throws Exception {
        TelephonyCallId id = place();
        post("/telephony/twilio/voice?callId=" + id, Map.of());
        post("/telephony/twilio/status?callId=" + id + "&leg=destination", Map.of("CallStatus", "in-progress"));
        post("/telephony/twilio/status?callId=" + id + "&leg=operator", Map.of("CallStatus", "completed"));
        List<String> seen = List.of(next(), next(), next(), next()).stream().map(e -> e.getClass().getSimpleName())
                .toList();
        assertThat(seen).containsExactly("OperatorLegUp", "Answered", "Bridged", "Ended");
        return id;
    }

    private static Map<String, String> completed(String sid) {
        return Map.of("RecordingStatus", "completed", "RecordingSid", sid, "RecordingUrl",
                "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + sid);
    }

    private static String call(String sid, String status, Instant end) {
        String endTime = end == null ? "null" : "\"" + DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).format(
                end.atOffset(ZoneOffset.UTC)) + "\"";
        return "{\"sid\": \"" + sid + "\", \"status\": \"" + status + "\", \"end_time\": " + endTime + "}";
    }

    private TelephonyCallId place() {
        TelephonyCallId id = new TelephonyCallId(UUID.randomUUID());
        twilio.placeCall(new CallRequest(id, "op1", new E164Number("+441632960123"), new E164Number("+441632960000")));
        return id;
    }

    private WebhookResponse post(String path, Map<String, String> params) {
        return twilio.webhooks().handle(BASE + path, params, TwilioSignature.sign(TOKEN, BASE + path, params));
    }

    private TelephonyEvent next() throws InterruptedException {
        TelephonyEvent event = events.poll(5, TimeUnit.SECONDS);
        assertThat(event).as("an event").isNotNull();
        return event;
    }
}
