package org.rollcall.telephony.twilio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.HumanDuration;
import org.rollcall.telephony.InFlightCall;
import org.rollcall.telephony.Listeners;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;
import org.rollcall.telephony.TelephonyListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.Client;
import com.twilio.type.Endpoint;
import com.twilio.type.PhoneNumber;

/**
 * Places calls through Twilio, agent first: Twilio rings the operator (a browser softphone identity or a phone
 * number); when the operator answers, our voice webhook returns TwiML that dials the school with our caller ID and
 * records from answer. Progress arrives as signed webhooks, handled by {@link #webhooks()}.
 */
public final class TwilioTelephony implements Telephony {

    private static final Logger log = LoggerFactory.getLogger(TwilioTelephony.class);
    /** Twilio posts a recording within minutes of the call's end; after this, the callback is not coming. */
    static final Duration RECORDING_WAIT = Duration.ofHours(2);

    final TwilioSettings settings;
    final TwilioRestClient client;
    private final Clock clock;
    final Map<TelephonyCallId, TwilioCall> calls = new ConcurrentHashMap<>();
    private final Listeners listeners = new Listeners();
    private final TwilioWebhooks webhooks;
    final TwilioAvailability availability;

    /** @param clock the application's clock: every event and talk time is measured on it */
    public TwilioTelephony(TwilioSettings settings, Clock clock) {
        this(settings, new TwilioRestClient.Builder(settings.accountSid(), settings.authToken()).build(), clock);
    }

    /** With a given REST client, e.g. one whose HTTP client reaches a test double. */
    public TwilioTelephony(TwilioSettings settings, TwilioRestClient client, Clock clock) {
        this.settings = settings;
        this.client = client;
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.webhooks = new TwilioWebhooks(this);
        this.availability = new TwilioAvailability(client, settings.accountSid());
    }

    public TwilioWebhooks webhooks() {
        return webhooks;
    }

    @Override
    public void placeCall(CallRequest request) {
        forgetCallsWithoutRecording(eventTime());
        if (!request.callerId().equals(settings.callerId())) {
            // Twilio presents only numbers it owns or has verified: refuse here rather than fail at the carrier.
            throw new IllegalArgumentException("caller ID " + request.callerId() + " is not the Twilio number "
                    + "rollcall.telephony.twilio.caller-id=" + settings.callerId() + "; set rollcall.calls.caller-id "
                    + "to it");
        }
        TwilioCall call = new TwilioCall(request);
        if (calls.putIfAbsent(request.callId(), call) != null) {
            throw new IllegalStateException("call " + request.callId() + " is already in progress");
        }
        String operator = request.operatorEndpoint();
        Endpoint to = operator.startsWith("+") ? new PhoneNumber(operator) : new Client("client:" + operator);
        try {
            Call created = Call.creator(to, new PhoneNumber(request.callerId().value()),
                            java.net.URI.create(settings.url("/telephony/twilio/voice?callId=" + request.callId())))
                    .setStatusCallback(settings.url("/telephony/twilio/status?callId=" + request.callId()
                            + "&leg=operator"))
                    .setStatusCallbackEvent(List.of("initiated", "ringing", "answered", "completed"))
                    .setStatusCallbackMethod(HttpMethod.POST)
                    .setTimeout(30)
                    .create(client);
            synchronized (call) {
                call.operatorSid = created.getSid();
            }
            availability.answered();
        } catch (RuntimeException e) {
            calls.remove(request.callId());
            String outage = availability.failed(e);
            if (outage != null) {
                throw new IllegalStateException("Twilio's API cannot be reached (" + outage + ")", e);
            }
            throw new IllegalStateException("Twilio refused the call: " + e.getMessage(), e);
        }
    }

    @Override
    public void hangUp(TelephonyCallId callId) {
        TwilioCall call = calls.get(callId);
        String sid;
        boolean over;
        if (call == null) {
            sid = null;
            over = false;
        } else {
            synchronized (call) {
                sid = call.operatorSid;
                over = call.machine.state().isOver(); // kept only to await its recording
            }
        }
        if (sid == null || over) {
            log.info("Hang-up for call {} with no live Twilio call: nothing to do", callId);
            return;
        }
        Call.updater(sid).setStatus(Call.UpdateStatus.COMPLETED).update(client);
    }

    @Override
    public void addListener(TelephonyListener listener) {
        listeners.add(listener);
    }

    @Override
    public String providerName() {
        return "twilio";
    }

    /** False from a request that could not reach Twilio's API until it answers again (see TwilioAvailability). */
    @Override
    public boolean isAvailable() {
        return availability.available();
    }

    @Override
    public void close() {
        availability.close();
    }

    /**
     * Ended calls wait for their recording callback; one that never comes (a misconfigured callback URL, a
     * recording Twilio failed to make) must not keep its call in memory for ever: the recording is reported lost.
     */
    void forgetCallsWithoutRecording(Instant now) {
        List<TwilioCall> stale = new ArrayList<>();
        calls.values().removeIf(call -> {
            synchronized (call) {
                boolean waitedLongEnough = call.awaitingRecordingSince != null
                        && call.awaitingRecordingSince.plus(RECORDING_WAIT).isBefore(now);
                if (waitedLongEnough) {
                    stale.add(call);
                }
                return waitedLongEnough;
            }
        });
        for (TwilioCall call : stale) {
            log.warn("No recording callback for call {} (Twilio call {}) within {} of its end; check recordings at "
                    + "Twilio and the recording status callback URL", call.id, call.operatorSid,
                    HumanDuration.format(RECORDING_WAIT));
            synchronized (call) {
                emit(call, new TelephonyEvent.RecordingLost(call.id, now, "Twilio sent no recording within "
                        + HumanDuration.format(RECORDING_WAIT) + " of the call's end"));
            }
        }
    }

    /** The operator leg's call SID, kept by the application so a restart can find the call at Twilio. */
    @Override
    public Optional<String> reference(TelephonyCallId callId) {
        TwilioCall call = calls.get(callId);
        if (call == null) {
            return Optional.empty();
        }
        synchronized (call) {
            return Optional.ofNullable(call.operatorSid);
        }
    }

    /** Asks Twilio what became of each call in flight: see {@link TwilioResumption}. */
    @Override
    public Set<TelephonyCallId> resume(Collection<InFlightCall> inFlight) {
        return new TwilioResumption(this, clock).takeOver(inFlight);
    }

    /** A short-lived token for an operator's browser softphone (Twilio Voice SDK). */
    public String accessToken(String identity, Duration ttl) {
        if (settings.apiKeySid() == null || settings.apiKeySecret() == null || settings.twimlAppSid() == null) {
            throw new IllegalStateException("browser softphones need rollcall.telephony.twilio.api-key-sid, "
                    + "api-key-secret and twiml-app-sid");
        }
        VoiceGrant grant = new VoiceGrant().setOutgoingApplicationSid(settings.twimlAppSid()).setIncomingAllow(true);
        return new AccessToken.Builder(settings.accountSid(), settings.apiKeySid(),
                settings.apiKeySecret().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .identity(identity).ttl((int) ttl.toSeconds()).grant(grant).build().toJwt();
    }

    /** The time an event happened, on the application's clock. */
    Instant eventTime() {
        return clock.instant();
    }

    /** Applies an event through the call's state machine; repeats and impossible ones are dropped. */
    void emit(TwilioCall call, TelephonyEvent event) {
        if (event instanceof TelephonyEvent.Bridged) {
            call.bridgedAt = event.at();
        }
        listeners.deliver(call.machine, event);
    }

    void end(TwilioCall call, String cause) {
        end(call, cause, eventTime());
    }

    /** Ends the call at {@code at}, when it really ended (for a call taken over after a restart, earlier than now). */
    void end(TwilioCall call, String cause, Instant at) {
        Duration talk = call.bridgedAt == null || at.isBefore(call.bridgedAt) ? Duration.ZERO
                : Duration.between(call.bridgedAt, at);
        emit(call, new TelephonyEvent.Ended(call.id, at, talk, cause));
        if (call.earlyRecording != null) {
            emit(call, call.earlyRecording);
        }
    }
}
