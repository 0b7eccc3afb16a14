package org.rollcall.telephony.asterisk;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.rollcall.telephony.HumanDuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lost AMI link: when it went (calls lost with it end then, not when the loss is noticed), the deadline after which
 * calls in flight are closed as unknown, and what the PBX says is alive once the link is back. Used only on the
 * adapter's worker thread.
 */
final class AmiOutages {

    /** Attempts at CoreShowChannels after a reconnect before in-flight calls are closed as unknown. */
    static final int RECONCILE_ATTEMPTS = 3;
    /** Why a call lost with the PBX has no audio, when its file holds none. */
    static final String PBX_STOPPED = "PBX stopped mid-call";

    private static final Logger log = LoggerFactory.getLogger(AmiOutages.class);

    private final AsteriskSettings settings;
    private final Clock clock;
    private final AmiCalls calls;
    private final AmiChannels channels;
    private final RecordingFolder folder;
    private final ScheduledExecutorService worker;
    private boolean down;
    private long outages;
    private Instant lostAt;

    AmiOutages(AsteriskSettings settings, Clock clock, AmiCalls calls, AmiChannels channels, RecordingFolder folder,
               ScheduledExecutorService worker) {
        this.settings = settings;
        this.clock = clock;
        this.calls = calls;
        this.channels = channels;
        this.folder = folder;
        this.worker = worker;
    }

    /**
     * The link is lost, once per outage: after the heartbeat has reported it, the socket it closes brings a
     * DisconnectEvent too.
     *
     * @param at when the link was lost
     */
    void lost(Instant at) {
        if (down) {
            return;
        }
        down = true;
        lostAt = at;
        log.warn("Lost the AMI connection to {}:{}; reconnecting", settings.host(), settings.port());
        long outage = ++outages;
        worker.schedule(() -> closeCallsIfStillDown(outage), settings.outageCallTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Asterisk-Java has connected again: this outage's deadline must not fire; ask the PBX what survived it. */
    void reconnected() {
        if (down) {
            outages++;
            down = false;
            reconcile(1);
        }
    }

    /**
     * A PBX that stays unreachable (or a reconnect that hangs) must not leave calls in progress for ever: after the
     * outage timeout, calls in flight are closed as unknown, and operators can wrap them up.
     */
    private void closeCallsIfStillDown(long outage) {
        Collection<AmiCall> inFlight = calls.all();
        if (!down || outage != outages || inFlight.isEmpty()) {
            return;
        }
        String deadline = HumanDuration.format(settings.outageCallTimeout());
        log.error("Asterisk at {}:{} has been unreachable for {}; closing {} call(s) in flight as state unknown",
                settings.host(), settings.port(), deadline, inFlight.size());
        inFlight.forEach(call -> endLost(call, "PBX unreachable for " + deadline + ": state unknown", PBX_STOPPED));
    }

    /**
     * After a reconnect, or a restart of the application the PBX could not answer: any call whose channels are gone
     * ended while we could not hear it. If Asterisk cannot say, ask again; after {@link #RECONCILE_ATTEMPTS} the calls
     * are closed as unknown, so none stays in progress for ever.
     */
    void reconcile(int attempt) {
        AmiChannels.Snapshot alive;
        try {
            alive = channels.list();
        } catch (Exception e) {
            if (attempt < RECONCILE_ATTEMPTS) {
                log.warn("Reconciliation after reconnect failed (attempt {} of {}): {}", attempt,
                        RECONCILE_ATTEMPTS, e.getMessage());
                worker.schedule(() -> reconcile(attempt + 1), settings.reconnectDelay().toMillis(),
                        TimeUnit.MILLISECONDS);
                return;
            }
            log.error("Reconciliation after reconnect failed {} times; closing the calls in flight", attempt, e);
            calls.all().forEach(call -> endLost(call, "state unknown after AMI outage",
                    "the PBX could not say what became of the call"));
            return;
        }
        for (AmiCall call : calls.all()) {
            if (!call.machine.state().isOver() && !alive.knows(call.id())) {
                endLost(call, "lost during AMI outage", PBX_STOPPED);
            }
        }
        log.info("Reconciled after reconnect: {} channels alive", alive.size());
    }

    /**
     * Ends a call lost with the link at the moment the link was lost, or at its file's last write if the PBX went on
     * recording after that (only the link was down), never at the moment we found out.
     */
    private void endLost(AmiCall call, String cause, String interruption) {
        Instant now = clock.instant();
        Instant at = lostAt == null ? now : lostAt;
        try {
            if (call.machine.wasBridged() && Files.exists(call.recording)) {
                Instant written = folder.lastWrite(call.recording);
                at = written.isAfter(at) ? (written.isAfter(now) ? now : written) : at;
            }
        } catch (IOException e) {
            log.debug("Could not read when {} was last written: {}", call.recording, e.getMessage());
        }
        calls.end(call, cause, at, interruption);
    }
}
