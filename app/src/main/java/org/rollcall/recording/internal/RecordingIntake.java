package org.rollcall.recording.internal;

import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.spool.RecordingSpool;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Takes each finished call's recording from the exchange into the durable spool, off the exchange's thread. */
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
        try (InputStream wav = event.source().open()) {
            linker.spooled(spool.accept(key, wav), event.source());
        } catch (Exception e) {
            log.error("Recording of call {} could not be spooled; the provider keeps its copy", callId, e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdown();
    }
}
