package org.rollcall.recording.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.recording.RecordingInfo;
import org.rollcall.recordings.Sha256;
import org.rollcall.telephony.HeldRecording;
import org.rollcall.telephony.Telephony;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sweeps the recordings the exchange still holds (the Asterisk folder) for files nothing else will take: those of
 * ended calls are handed over (or, holding no audio, recorded as lost and removed), copies the store has confirmed
 * long since are released, and files that match no call are counted, logged and left alone. Nothing is deleted
 * unless the object store holds the same bytes, or it holds no audio.
 */
@Component
class RecordingSweeper {

    private static final Logger log = LoggerFactory.getLogger(RecordingSweeper.class);

    /** What one sweep did. */
    record Sweep(int handedOver, int released, int unmatched, List<String> unmatchedNames) {
    }

    private final Telephony telephony;
    private final RecordingIntake intake;
    private final RecordingLinker linker;
    private final CallLog calls;
    private final AtomicInteger unmatched = new AtomicInteger();

    RecordingSweeper(Telephony telephony, RecordingIntake intake, RecordingLinker linker, CallLog calls,
                     ObjectProvider<MeterRegistry> meters) {
        this.telephony = telephony;
        this.intake = intake;
        this.linker = linker;
        this.calls = calls;
        meters.ifAvailable(registry -> Gauge.builder("rollcall.recordings.unmatched", unmatched, AtomicInteger::get)
                .description("Files in the exchange's recordings folder that the last sweep could not match to a "
                        + "call (left in place)").register(registry));
    }

    /** First one interval after start-up: calls taken back from the exchange at start-up are handled by then. */
    @Scheduled(initialDelayString = "${rollcall.recording.sweep-interval:10m}",
            fixedDelayString = "${rollcall.recording.sweep-interval:10m}")
    void scheduled() {
        sweep();
    }

    Sweep sweep() {
        int handedOver = 0;
        int released = 0;
        List<String> strangers = new ArrayList<>();
        for (HeldRecording held : telephony.heldRecordings()) {
            Optional<CallSummary> call = held.call().flatMap(id -> calls.find(new CallId(id.value())));
            if (call.isEmpty()) {
                strangers.add(held.name());
                continue;
            }
            UUID callId = call.get().id().value();
            if (call.get().status().isLive() || intake.taking(callId)) {
                continue; // still being recorded, or being handed over right now
            }
            RecordingInfo recording = linker.forCall(callId).orElse(null);
            switch (recording == null ? null : recording.status()) {
                case STORED, DELETED -> {
                    if (sameBytes(held, recording)) {
                        held.source().release();
                        released++;
                    } else {
                        strangers.add(held.name() + " (differs from the stored recording of call " + callId + ")");
                    }
                }
                case PENDING -> { } // in the spool: released once the store confirms it, by this sweep if not before
                case null, default -> {
                    intake.take(callId, held.source());
                    handedOver++;
                }
            }
        }
        unmatched.set(strangers.size());
        if (handedOver + released + strangers.size() > 0) {
            log.info("Recordings folder swept: {} file(s) of ended calls handed over (or, holding no audio, removed), "
                    + "{} already stored and removed, {} matching no call left in place{}", handedOver, released, strangers.size(), strangers.isEmpty() ? ""
                    : ": " + String.join(", ", strangers));
        }
        return new Sweep(handedOver, released, strangers.size(), List.copyOf(strangers));
    }

    /** The store confirmed these very bytes: the exchange's copy is the same recording. */
    private static boolean sameBytes(HeldRecording held, RecordingInfo recording) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = held.source().open()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            log.warn("Could not read {} to compare it with the stored recording: {}", held.name(), e.getMessage());
            return false;
        }
        return Sha256.hex(digest.digest()).equalsIgnoreCase(recording.sha256());
    }
}
