package org.rollcall.telephony.twilio;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.twilio.security.RequestValidator;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;

/**
 * Twilio's webhooks, free of servlet types. Every request must carry a valid X-Twilio-Signature for the URL Twilio
 * used (the configured public base URL, so it works behind a TLS proxy); anything else gets 403 and changes
 * nothing. Duplicates are harmless: each call's state machine ignores repeats.
 */
public final class TwilioWebhooks {

    private static final Logger log = LoggerFactory.getLogger(TwilioWebhooks.class);

    private final TwilioTelephony telephony;
    private final RequestValidator validator;

    TwilioWebhooks(TwilioTelephony telephony) {
        this.telephony = telephony;
        this.validator = new RequestValidator(telephony.settings.authToken());
    }

    /**
     * @param url the full URL Twilio requested, rebuilt from the public base URL, path and query string
     * @param params the form parameters of the POST
     * @param signature the X-Twilio-Signature header, or null
     */
    public WebhookResponse handle(String url, Map<String, String> params, String signature) {
        try {
            if (signature == null || url == null || params == null || !validator.validate(url, params, signature)) {
                log.warn("Twilio webhook refused: bad or missing signature for {}", url);
                return WebhookResponse.forbidden();
            }
            URI uri = URI.create(url);
            TwilioCall call = call(query(uri, "callId"));
            if (call == null) {
                log.info("Twilio webhook for an unknown call: {}", url);
                // An operator answering a call we no longer know (e.g. after a restart) hears a hang-up, not an error.
                return uri.getPath().endsWith("/voice") ? hangup() : WebhookResponse.empty();
            }
            synchronized (call) {
                return switch (uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1)) {
                    case "voice" -> voice(call);
                    case "status" -> status(call, query(uri, "leg"), params.get("CallStatus"));
                    case "dial-complete" -> dialComplete(call, params.get("DialCallStatus"));
                    case "recording" -> recording(call, params);
                    default -> WebhookResponse.empty();
                };
            }
        } catch (RuntimeException e) {
            log.error("Twilio webhook could not be handled: {}", url, e);
            return WebhookResponse.empty();
        }
    }

    private WebhookResponse voice(TwilioCall call) {
        var id = call.id;
        if (call.request == null) {
            return hangup(); // taken over after a restart: its operator answered long ago
        }
        telephony.emit(call, new TelephonyEvent.OperatorLegUp(id, telephony.eventTime()));
        TwilioSettings s = telephony.settings;
        // Only now, with the operator on the line, is the school dialled; no machine detection; our caller ID.
        Dial dial = new Dial.Builder()
                .callerId(call.request.callerId().value())
                .timeout((int) s.ringTimeout().toSeconds())
                .record(Dial.Record.RECORD_FROM_ANSWER_DUAL)
                .recordingStatusCallback(s.url("/telephony/twilio/recording?callId=" + id))
                // "absent" too: a recording Twilio made without audio must be said, not waited for.
                .recordingStatusCallbackEvents(List.of(Dial.RecordingEvent.COMPLETED, Dial.RecordingEvent.ABSENT))
                .action(s.url("/telephony/twilio/dial-complete?callId=" + id))
                .number(new Number.Builder(call.request.destination().value())
                        .statusCallback(s.url("/telephony/twilio/status?callId=" + id + "&leg=destination"))
                        .statusCallbackEvents(List.of(Number.Event.INITIATED, Number.Event.RINGING,
                                Number.Event.ANSWERED, Number.Event.COMPLETED))
                        .build())
                .build();
        return WebhookResponse.twiml(new VoiceResponse.Builder().dial(dial).build().toXml());
    }

    private WebhookResponse status(TwilioCall call, String leg, String status) {
        var id = call.id;
        String s = status == null ? "" : status;
        if ("destination".equals(leg)) {
            switch (s) {
                case "ringing" -> telephony.emit(call, new TelephonyEvent.DestinationRinging(id, telephony.eventTime()));
                case "in-progress", "answered" -> {
                    telephony.emit(call, new TelephonyEvent.Answered(id, telephony.eventTime()));
                    telephony.emit(call, new TelephonyEvent.Bridged(id, telephony.eventTime()));
                }
                default -> { }
            }
        } else if (List.of("completed", "busy", "no-answer", "failed", "canceled").contains(s)) {
            // The operator's leg is over: so is the call. Never answered by the operator: the call failed.
            boolean failed = !"completed".equals(s) && call.machine.state() == org.rollcall.telephony.CallState.PLACED;
            String cause = failed ? operatorLegFailure(s) : "operator leg " + s;
            if (failed) {
                telephony.emit(call, new TelephonyEvent.Failed(id, telephony.eventTime(), cause));
            }
            telephony.end(call, cause);
            if (!call.machine.wasBridged() || call.machine.state() == org.rollcall.telephony.CallState.RECORDED) {
                telephony.calls.remove(id);
            } else if (call.awaitingRecordingSince == null) {
                call.awaitingRecordingSince = telephony.eventTime(); // kept until its recording arrives, for a while
            }
        }
        return WebhookResponse.empty();
    }

    private WebhookResponse dialComplete(TwilioCall call, String dialStatus) {
        var id = call.id;
        call.dialEndedAt = telephony.eventTime(); // the school's leg is over, and with it the recording
        switch (dialStatus == null ? "" : dialStatus) {
            case "busy" -> telephony.emit(call, new TelephonyEvent.Busy(id, telephony.eventTime()));
            case "no-answer" -> telephony.emit(call, new TelephonyEvent.NoAnswer(id, telephony.eventTime()));
            case "failed" -> telephony.emit(call, new TelephonyEvent.Failed(id, telephony.eventTime(),
                    "the school's line could not be reached (Twilio failed)"));
            default -> { }
        }
        return hangup();
    }

    private static WebhookResponse hangup() {
        return WebhookResponse.twiml(new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build()
                .toXml());
    }

    private WebhookResponse recording(TwilioCall call, Map<String, String> params) {
        String status = params.get("RecordingStatus");
        TelephonyEvent outcome;
        if ("completed".equals(status) && params.get("RecordingUrl") != null) {
            TwilioSettings s = telephony.settings;
            outcome = new TelephonyEvent.RecordingAvailable(call.id, telephony.eventTime(), new TwilioRecording(
                    telephony.client, params.get("RecordingUrl"), params.get("RecordingSid"), s.accountSid(),
                    s.authToken(), call.dialEndedAt));
        } else if ("absent".equals(status) || "failed".equals(status)) {
            outcome = new TelephonyEvent.RecordingLost(call.id, telephony.eventTime(), "absent".equals(status)
                    ? "Twilio recorded no audio (recording status absent)"
                    : "Twilio could not make the recording (recording status failed)");
        } else {
            return WebhookResponse.empty();
        }
        if (call.machine.state().isOver()) {
            telephony.emit(call, outcome);
            telephony.calls.remove(call.id);
        } else {
            call.earlyRecording = outcome; // delivered once the call has ended
        }
        return WebhookResponse.empty();
    }

    /** Twilio's call status for an operator leg that never came up, in plain words. */
    static String operatorLegFailure(String status) {
        String words = switch (status) {
            case "busy" -> "was busy";
            case "no-answer" -> "rang but was not answered";
            case "canceled" -> "was called off before it answered";
            default -> "could not be reached";
        };
        return "operator leg failed: the phone " + words + " (Twilio " + status + ")";
    }

    private TwilioCall call(String callId) {
        try {
            return callId == null ? null : telephony.calls.get(new TelephonyCallId(UUID.fromString(callId)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String query(URI uri, String name) {
        String query = uri.getQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
