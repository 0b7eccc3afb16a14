package org.rollcall.telephony.asterisk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.rollcall.telephony.CallState;
import org.rollcall.telephony.CallStateMachine;
import org.rollcall.telephony.InFlightCall;
import org.rollcall.telephony.TelephonyCallId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls in flight when the application last stopped, judged against what the PBX says is up now: each is
 * followed (still up), ended with its recording (ended while the application was stopped, and left a file), or
 * left to the application (unknown to the PBX, no file). Runs on the adapter's worker.
 */
final class Resumption {

    static final String ENDED_WHILE_STOPPED = "ended while Rollcall was stopped";

    private static final Logger log = LoggerFactory.getLogger(Resumption.class);

    private final AmiCalls calls;
    private final RecordingFolder folder;
    private final Clock clock;

    Resumption(AmiCalls calls, RecordingFolder folder, Clock clock) {
        this.calls = calls;
        this.folder = folder;
        this.clock = clock;
    }

    /** @param alive what the PBX says is up, or null if it could not say (then every call is followed) */
    Set<TelephonyCallId> takeOver(Collection<InFlightCall> inFlight, AmiChannels.Snapshot alive) {
        Set<TelephonyCallId> taken = new LinkedHashSet<>();
        int followed = 0;
        int ended = 0;
        for (InFlightCall call : inFlight) {
            Path file = folder.path(LocalDate.ofInstant(call.placedAt(), clock.getZone()), call.callId());
            if (alive == null || alive.knows(call.callId())) {
                follow(call, file, alive);
                taken.add(call.callId());
                followed++;
            } else if (endedWithFile(call, file)) {
                taken.add(call.callId());
                ended++;
            } else {
                folder.removeIfEmpty(file);
            }
        }
        log.info("Calls in flight at the last stop: {} still up on the PBX and followed, {} ended while Rollcall was "
                + "stopped (recordings collected), {} unknown to the PBX (closed as interrupted)", followed, ended,
                inFlight.size() - followed - ended);
        return taken;
    }

    private void follow(InFlightCall call, Path file, AmiChannels.Snapshot alive) {
        CallState state = call.state();
        CoreShowChannelEvent operator = alive == null ? null : alive.operator(call.callId());
        if (alive != null && alive.bridged(call.callId())) {
            state = CallState.BRIDGED;
        } else if (state == CallState.PLACED && operator != null && "Up".equalsIgnoreCase(
                operator.getChannelStateDesc())) {
            state = CallState.OPERATOR_UP;
        }
        AmiCall followed = track(call, file, state);
        followed.operatorChannel = operator == null ? null : operator.getChannel();
    }

    /** Gone from the PBX, but its file is there: ended at its last write, and the file handed over. */
    private boolean endedWithFile(InFlightCall call, Path file) {
        try {
            if (!Files.exists(file) || call.state() != CallState.BRIDGED && folder.audioBytes(file).orElse(0) == 0) {
                return false;
            }
            // A file with audio proves the bridge, whatever state the application last saw.
            AmiCall ended = track(call, file, CallState.BRIDGED);
            ended.bridgedAt = call.bridgedAt(); // unknown stays unknown: no talk time is made up
            Instant at = folder.lastWrite(file);
            calls.end(ended, ENDED_WHILE_STOPPED, ended.bridgedAt != null && at.isBefore(ended.bridgedAt)
                    ? ended.bridgedAt : at, null);
            return true;
        } catch (IOException e) {
            log.warn("Could not read the recording of call {} at {}: {}", call.callId(), file, e.getMessage());
            return false;
        }
    }

    private AmiCall track(InFlightCall call, Path file, CallState state) {
        AmiCall tracked = new AmiCall(call.callId(), CallStateMachine.resumed(call.callId(), state), file);
        if (state == CallState.BRIDGED) {
            tracked.bridgedAt = call.bridgedAt() != null ? call.bridgedAt() : clock.instant();
        }
        calls.add(tracked);
        return tracked;
    }
}
