package org.rollcall.telephony.twilio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rollcall.telephony.CallStateMachine;
import org.rollcall.telephony.InFlightCall;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Recording;

/**
 * After a restart, asks Twilio what became of each call in flight (by the call SID the application kept): a call
 * still up is followed again (its webhooks carry our call id, so they are matched as before); a call that ended while
 * the application was stopped is ended at Twilio's end time and its recording fetched, or reported lost. A call
 * without a SID (its operator had not answered yet) or that Twilio cannot say anything about is left to the
 * application, which closes it as interrupted.
 */
final class TwilioResumption {

    private static final Logger log = LoggerFactory.getLogger(TwilioResumption.class);

    private final TwilioTelephony twilio;
    private final Clock clock;

    TwilioResumption(TwilioTelephony twilio, Clock clock) {
        this.twilio = twilio;
        this.clock = clock;
    }

    Set<TelephonyCallId> takeOver(Collection<InFlightCall> inFlight) {
        Set<TelephonyCallId> taken = new LinkedHashSet<>();
        for (InFlightCall f : inFlight) {
            if (f.reference() == null) {
                log.info("Call {} has no Twilio call SID (its operator had not answered): closed as interrupted",
                        f.callId());
                continue;
            }
            Call atTwilio;
            try {
                atTwilio = Call.fetcher(f.reference()).fetch(twilio.client);
            } catch (RuntimeException e) {
                log.warn("Twilio could not say what became of call {} (Twilio call {}): {}; it is closed as "
                        + "interrupted", f.callId(), f.reference(), e.getMessage());
                continue;
            }
            TwilioCall call = new TwilioCall(f.callId(), null, CallStateMachine.resumed(f.callId(), f.state()));
            call.operatorSid = f.reference();
            call.bridgedAt = f.bridgedAt();
            twilio.calls.put(call.id, call);
            taken.add(call.id);
            switch (atTwilio.getStatus()) {
                case QUEUED, RINGING, IN_PROGRESS -> log.info("Call {} is still up at Twilio: followed", call.id);
                default -> ended(call, atTwilio);
            }
        }
        return taken;
    }

    private void ended(TwilioCall call, Call atTwilio) {
        synchronized (call) {
            Instant at = appTime(atTwilio.getEndTime());
            twilio.end(call, "ended while Rollcall was stopped", at);
            if (!call.machine.wasBridged()) {
                twilio.calls.remove(call.id);
                return;
            }
            List<Recording> recordings = new ArrayList<>();
            try {
                Recording.reader().setCallSid(call.operatorSid).read(twilio.client).forEach(recordings::add);
            } catch (RuntimeException e) {
                log.warn("Could not list Twilio's recordings of call {}: {}; waiting for its callback", call.id,
                        e.getMessage());
                call.awaitingRecordingSince = twilio.eventTime();
                return;
            }
            Recording done = recordings.stream().filter(r -> r.getStatus() == Recording.Status.COMPLETED)
                    .findFirst().orElse(null);
            if (done != null) {
                var settings = twilio.settings;
                twilio.emit(call, new TelephonyEvent.RecordingAvailable(call.id, twilio.eventTime(),
                        new TwilioRecording(twilio.client, TwilioRecording.url(settings.accountSid(), done.getSid()),
                                done.getSid(), settings.accountSid(), settings.authToken(), at)));
            } else if (recordings.stream().anyMatch(r -> r.getStatus() == Recording.Status.PROCESSING
                    || r.getStatus() == Recording.Status.IN_PROGRESS)) {
                call.awaitingRecordingSince = twilio.eventTime(); // its callback is still to come
                return;
            } else {
                twilio.emit(call, new TelephonyEvent.RecordingLost(call.id, twilio.eventTime(), recordings.isEmpty()
                        ? "Twilio holds no recording of the call" : "Twilio recorded no audio (recording status "
                        + recordings.getFirst().getStatus() + ")"));
            }
            twilio.calls.remove(call.id);
        }
    }

    /**
     * Twilio's times are wall-clock times; the application's clock may run shifted (a demo or a test), so they move by
     * the same shift, read from the wall clock here. Whole seconds only: Twilio gives no more.
     */
    private Instant appTime(ZonedDateTime twilioTime) {
        if (twilioTime == null) {
            return twilio.eventTime();
        }
        return twilioTime.toInstant().plus(Duration.between(Instant.ofEpochMilli(System.currentTimeMillis()),
                clock.instant()));
    }
}
