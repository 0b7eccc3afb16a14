package org.rollcall.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;

/**
 * Twilio has no connection to watch: its API's answers say whether a call can be placed. Against a local stand-in
 * for api.twilio.com that can fail, stall, and recover.
 */
class TwilioAvailabilityTests {

    private static final String ACCOUNT = "AC" + "0123456789abcdef".repeat(2);

    private StubTwilioApi api;
    private TwilioTelephony twilio;
    private final BlockingQueue<TelephonyEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        api = new StubTwilioApi("RIFF....WAVE".getBytes(StandardCharsets.ISO_8859_1));
        TwilioRestClient client = new TwilioRestClient.Builder(ACCOUNT, "auth-token-for-tests")
                .httpClient(api.httpClient()).build();
        twilio = new TwilioTelephony(new TwilioSettings(ACCOUNT, "auth-token-for-tests", null, null, null,
                new E164Number("+441632960000"), URI.create("https://rollcall.example.org"), Duration.ofSeconds(25)),
                client, Clock.fixed(Instant.parse("2030-01-07T10:00:00Z"), ZoneOffset.UTC));
        twilio.addListener(events::add);
    }

    @AfterEach
    void stop() {
        twilio.close();
        api.close();
    }

    @Test
    void serverErrorsMakeTwilioUnavailableUntilAProbeIsAnsweredAgain() throws Exception {
        assertThat(twilio.isAvailable()).isTrue();
        api.failWith(503);
        assertThatIllegalStateException().isThrownBy(this::place)
                .withMessageContaining("Twilio's API cannot be reached (HTTP 503: Service unavailable)");
        assertThat(twilio.isAvailable()).isFalse();
        assertThat(events.poll(100, TimeUnit.MILLISECONDS)).as("nothing was placed, so no call events").isNull();

        twilio.availability.probe();
        assertThat(twilio.isAvailable()).as("still failing").isFalse();
        api.failWith(0);
        twilio.availability.probe();
        assertThat(twilio.isAvailable()).isTrue();
        assertThat(api.requests).extracting(StubTwilioApi.Seen::path)
                .contains("/2010-04-01/Accounts/" + ACCOUNT + ".json");
        place();
        assertThat(api.requests.getLast().path()).endsWith("/Calls.json");
    }

    @Test
    void aRequestThatTimesOutMakesTwilioUnavailable() {
        api.hang(true);
        assertThatIllegalStateException().isThrownBy(this::place)
                .withMessageContaining("Twilio's API cannot be reached (no answer: IOException during API request");
        assertThat(twilio.isAvailable()).isFalse();
        api.hang(false);
        twilio.availability.probe();
        assertThat(twilio.isAvailable()).isTrue();
    }

    @Test
    void aCallTwilioRefusesForItsOwnReasonsLeavesTheApiAvailable() {
        api.failWith(400);
        assertThatIllegalStateException().isThrownBy(this::place).withMessageStartingWith("Twilio refused the call");
        assertThat(twilio.isAvailable()).as("the API answered: the request was at fault").isTrue();
    }

    @Test
    void onlyFailuresOfTheApiItselfCountAsAnOutage() {
        assertThat(TwilioAvailability.outage(new ApiConnectionException("connect timed out"))).isNotNull();
        assertThat(TwilioAvailability.outage(new ApiException("Internal Server Error", 500))).isNotNull();
        assertThat(TwilioAvailability.outage(new ApiException("Too Many Requests", 429))).isNotNull();
        assertThat(TwilioAvailability.outage(new ApiException("Authenticate", 401))).as("credentials refused")
                .isNotNull();
        assertThat(TwilioAvailability.outage(new ApiException("The 'To' number is not valid", 400))).isNull();
        assertThat(TwilioAvailability.outage(new ApiException("Not found", 404))).isNull();
        assertThat(TwilioAvailability.outage(new IllegalArgumentException("bad"))).isNull();
    }

    private TelephonyCallId place() {
        TelephonyCallId id = new TelephonyCallId(UUID.randomUUID());
        twilio.placeCall(new CallRequest(id, "op1", new E164Number("+441632960123"),
                new E164Number("+441632960000")));
        return id;
    }
}
