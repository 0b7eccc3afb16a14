package org.rollcall.recording.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.recording.RecordingProperties;
import org.rollcall.recordings.InvalidRecordingException;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.spool.RecordingSpool;
import org.rollcall.recordings.spool.SpooledRecording;
import org.rollcall.telephony.RecordingSource;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Takes each finished call's recording from the exchange into the durable spool, off the exchange's thread. A
 * recording with no audio in it is recorded as LOST with the reason and never stored; one that cannot be taken gets a
 * REJECTED row saying why. Either way the call shows it.
 */
@Component
class RecordingIntake implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RecordingIntake.class);

    private final RecordingSpool spool;
    private final RecordingLinker linker;
    private final CallLog calls;
    private final RecordingProperties properties;
    private final ExecutorService worker = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("recording-intake-", 0).daemon().factory());
    private final Set<UUID> taking = ConcurrentHashMap.newKeySet();

    RecordingIntake(Telephony telephony, RecordingSpool spool, RecordingLinker linker, CallLog calls,
                    RecordingProperties properties) {
        this.spool = spool;
        this.linker = linker;
        this.calls = calls;
        this.properties = properties;
        telephony.addListener(event -> {
            switch (event) {
                case TelephonyEvent.RecordingAvailable available -> worker.execute(() -> take(available));
                case TelephonyEvent.RecordingLost lost -> worker.execute(() -> lost(lost));
                default -> { }
            }
        });
    }

    /** Whether a recording of the call is being taken right now, so the folder's sweep leaves its file alone. */
    boolean taking(UUID callId) {
        return taking.contains(callId);
    }

    void take(TelephonyEvent.RecordingAvailable event) {
        take(event.callId().value(), event.source());
    }

    /** Judges a recording of the call (offered by the exchange, or found by the sweep) and spools it if it has audio. */
    void take(UUID callId, RecordingSource source) {
        taking.add(callId);
        try {
            calls.find(new CallId(callId)).ifPresentOrElse(call -> take(call, source),
                    () -> log.warn("Recording offered for unknown call {}: ignored", callId));
        } finally {
            taking.remove(callId);
        }
    }

    private void take(CallSummary call, RecordingSource source) {
        UUID callId = call.id().value();
        RecordingKey key = new RecordingKey(callId, call.date());
        AudioCheck.Audio audio;
        try {
            audio = AudioCheck.measure(source);
        } catch (InvalidRecordingException e) {
            notSpooled(key, "the exchange's recording was refused: " + e.getMessage() + "; the provider keeps its copy");
            return;
        } catch (IOException | RuntimeException e) {
            log.error("Recording of call {} could not be read; the provider keeps its copy", callId, e);
            notSpooled(key, "the exchange's recording could not be read or spooled (" + e
                    + "); the provider keeps its copy");
            return;
        }
        if (!AudioCheck.isEvidence(audio, properties.minAudio())) {
            noAudio(call, key, audio, source);
            return;
        }
        // The audio began its own length before it stopped: marks' moments in it are measured from there.
        Instant audioStartedAt = source.stoppedAt().map(stopped -> stopped.minus(audio.duration())).orElse(null);
        linker.awaitStore(callId, source, audioStartedAt);
        SpooledRecording spooled;
        try (InputStream wav = source.open()) {
            spooled = spool.accept(key, wav);
        } catch (InvalidRecordingException e) {
            notSpooled(key, "the exchange's recording was refused: " + e.getMessage() + "; the provider keeps its copy");
            return;
        } catch (IOException | RuntimeException e) {
            log.error("Recording of call {} could not be spooled; the provider keeps its copy", callId, e);
            notSpooled(key, "the exchange's recording could not be read or spooled (" + e
                    + "); the provider keeps its copy");
            return;
        }
        try {
            linker.spooled(spooled);
        } catch (RuntimeException e) { // it is safe in the spool, and its upload will write the row as stored
            log.warn("Recording of call {} is spooled but its pending row could not be written", callId, e);
        }
    }

    /** Nothing to keep: a connected call's recording is LOST with the reason; an unconnected call's file just goes. */
    private void noAudio(CallSummary call, RecordingKey key, AudioCheck.Audio audio, RecordingSource source) {
        if (call.bridgedAt() != null || linker.forCall(key.callId()).isPresent()) {
            String reason = AudioCheck.whyLost(audio, properties.minAudio(), source.interruption());
            log.warn("Recording of call {} lost: {}", key.callId(), reason);
            linker.lost(key, reason, audio);
        } else {
            log.debug("Empty recording of call {}, which was never connected: removed", key.callId());
        }
        try {
            source.discard();
        } catch (RuntimeException e) {
            log.warn("The empty recording of call {} could not be removed from the exchange", key.callId(), e);
        }
    }

    void lost(TelephonyEvent.RecordingLost event) {
        UUID callId = event.callId().value();
        calls.find(new CallId(callId)).ifPresent(call -> {
            log.warn("Recording of call {} lost: {}", callId, event.reason());
            linker.lost(new RecordingKey(callId, call.date()), event.reason(), null);
        });
    }

    private void notSpooled(RecordingKey key, String problem) {
        log.warn("Recording of call {} rejected: {}", key.callId(), problem);
        try {
            linker.notSpooled(key, problem);
        } catch (RuntimeException e) {
            log.error("Could not record that the recording of call {} was rejected", key.callId(), e);
        }
    }

    /** Recordings already offered are still taken into the spool while the application stops. */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Stopping: recordings still being taken after 30 s are left to the recordings folder's sweep");
            worker.shutdownNow();
        }
    }
}
