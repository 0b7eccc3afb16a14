package org.rollcall.recording.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.recordings.InvalidRecordingException;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.spool.RecordingSpool;
import org.rollcall.recordings.spool.SpooledRecording;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Takes each finished call's recording from the exchange into the durable spool, off the exchange's thread. A
 * recording that cannot be taken gets a REJECTED row saying why, so the call shows it.
 */
@Component
class RecordingIntake implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RecordingIntake.class);

    private final RecordingSpool spool;
    private final RecordingLinker linker;
    private final CallLog calls;
    private final ExecutorService worker = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("recording-intake-", 0).daemon().factory());

    RecordingIntake(Telephony telephony, RecordingSpool spool, RecordingLinker linker, CallLog calls) {
        this.spool = spool;
        this.linker = linker;
        this.calls = calls;
        telephony.addListener(event -> {
            if (event instanceof TelephonyEvent.RecordingAvailable available) {
                worker.execute(() -> take(available));
            }
        });
    }

    void take(TelephonyEvent.RecordingAvailable event) {
        var callId = event.callId().value();
        var call = calls.find(new CallId(callId));
        if (call.isEmpty()) {
            log.warn("Recording offered for unknown call {}: ignored", callId);
            return;
        }
        RecordingKey key = new RecordingKey(callId, call.get().date());
        linker.awaitStore(callId, event.source());
        SpooledRecording spooled;
        try (InputStream wav = event.source().open()) {
            spooled = spool.accept(key, wav);
        } catch (InvalidRecordingException e) {
            notSpooled(key, "the exchange's recording was refused: " + e.getMessage()
                    + "; the provider keeps its copy");
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

    private void notSpooled(RecordingKey key, String problem) {
        log.warn("Recording of call {} rejected: {}", key.callId(), problem);
        try {
            linker.notSpooled(key, problem);
        } catch (RuntimeException e) {
            log.error("Could not record that the recording of call {} was rejected", key.callId(), e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdown();
    }
}
