package org.rollcall.telephony.asterisk;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.CallStateMachine;
import org.rollcall.telephony.HeldRecording;
import org.rollcall.telephony.HumanDuration;
import org.rollcall.telephony.InFlightCall;
import org.rollcall.telephony.Listeners;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places calls through an Asterisk PBX over AMI. The operator's leg is originated (with our call id as its
 * channel id) into the Rollcall context, which dials the school only once the operator has answered (agent first,
 * Ofcom), presents the caller ID and records with MixMonitor. This class owns the connection (log-in, heartbeat,
 * stopping) and the port; {@link AmiCalls} owns the calls and their recordings, {@link AmiOutages} what a lost link
 * means for them, {@link Resumption} the calls taken back after a restart. AMI's listener thread only queues; one
 * worker runs everything else, so call state has one owner.
 */
public final class AsteriskTelephony implements Telephony {

    /** Attempts at CoreShowChannels after a reconnect before in-flight calls are closed as unknown. */
    static final int RECONCILE_ATTEMPTS = AmiOutages.RECONCILE_ATTEMPTS;

    private static final Logger log = LoggerFactory.getLogger(AsteriskTelephony.class);

    private final AsteriskSettings settings;
    private final Clock clock;
    private final AmiConnection connection;
    private final ScheduledThreadPoolExecutor worker;
    private final Listeners listeners = new Listeners();
    private final RecordingFolder folder;
    private final AmiCalls calls;
    private final AmiChannels channels;
    private final AmiOutages outages;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean connected;

    /** @param clock the application's clock: events, talk time and the recording's dated folder come from it */
    public AsteriskTelephony(AsteriskSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.connection = new AmiConnection(settings);
        this.worker = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("asterisk-events").daemon()
                .factory());
        // On close only what has already arrived is handled; timers (deadlines, file checks) are dropped.
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.folder = new RecordingFolder(settings.recordingDirectory(), clock);
        this.calls = new AmiCalls(clock, listeners, folder, worker);
        this.channels = new AmiChannels(connection, settings);
        this.outages = new AmiOutages(settings, clock, calls, channels, folder, worker);
        connection.addEventListener(event -> run(() -> safely(event)));
    }

    /**
     * Logs in and starts the heartbeat; Asterisk-Java reconnects by itself after a drop, and each reconnect is
     * reconciled.
     */
    public void connect() {
        try {
            connection.login("call,system");
            connected = true;
            log.info("Connected to Asterisk AMI at {}:{}", settings.host(), settings.port());
        } catch (Exception e) {
            throw new IllegalStateException("cannot log in to Asterisk AMI at " + settings.host() + ":"
                    + settings.port() + " as " + settings.username() + ": " + e.getMessage(), e);
        }
        // On the worker, which owns call state: a tick only sends a Ping and reads a flag, so events wait little.
        AmiHeartbeat heartbeat = new AmiHeartbeat(connection, clock, this::silent);
        long interval = settings.pingInterval().toMillis();
        worker.scheduleWithFixedDelay(() -> {
            try {
                heartbeat.tick();
            } catch (RuntimeException e) {
                // An exception would cancel the schedule, and with it the heartbeat for good.
                log.warn("AMI heartbeat: {}", e.getMessage(), e);
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
    }

    public boolean isConnected() {
        return connected;
    }

    /** Connected and logged in: ConnectEvent comes with the banner, before Asterisk-Java has logged in again. */
    @Override
    public boolean isAvailable() {
        return connected && connection.getState() == org.asteriskjava.manager.ManagerConnectionState.CONNECTED;
    }

    @Override
    public void placeCall(CallRequest request) {
        if (closing.get()) {
            throw new IllegalStateException("Rollcall is stopping: no new calls are placed");
        }
        if (!connected) {
            throw new IllegalStateException("not connected to Asterisk at " + settings.host() + ":" + settings.port());
        }
        TelephonyCallId id = request.callId();
        LocalDate day = LocalDate.now(clock);
        AmiCall call = new AmiCall(id, new CallStateMachine(id), folder.path(day, id));
        if (!calls.add(call)) {
            throw new IllegalStateException("call " + id + " is already in progress");
        }
        OriginateAction originate = new OriginateAction();
        originate.setChannel(settings.operatorChannel(request.operatorEndpoint()));
        originate.setChannelId(id.toString());
        // Echoed in OriginateResponse: a failure to reach the operator is matched even when no channel was made.
        originate.setActionId(id.toString());
        originate.setContext(settings.context());
        originate.setExten("s");
        originate.setPriority(1);
        originate.setAsync(true);
        originate.setTimeout(settings.originateTimeout().toMillis());
        // The operator's phone shows the school; the school sees our caller ID (set again in the dialplan).
        originate.setCallerId("Rollcall <" + request.destination().value() + ">");
        originate.setVariables(Map.of(
                "CALL_ID", id.toString(),
                "DESTINATION", settings.destination(request.destination()),
                "CALLER_ID", request.callerId().value(),
                "RING_TIMEOUT", String.valueOf(settings.ringTimeout().toSeconds()),
                "RECORDING_PATH", RecordingFolder.relative(day, id)));
        try {
            connection.sendAction(originate, response -> {
                if (response instanceof ManagerError error) {
                    run(() -> calls.fail(call, "originate refused: " + error.getMessage()));
                }
            });
        } catch (Exception e) {
            calls.forget(id);
            throw new IllegalStateException("could not send Originate to Asterisk: " + e.getMessage(), e);
        }
    }

    @Override
    public void hangUp(TelephonyCallId callId) {
        run(() -> {
            AmiCall call = calls.get(callId);
            if (call == null || call.operatorChannel == null) {
                log.info("Hang-up for call {} with no known channel: nothing to do", callId);
                return;
            }
            try {
                connection.sendAction(new HangupAction(call.operatorChannel), response -> { });
            } catch (Exception e) {
                log.warn("Hangup of {} failed: {}", call.operatorChannel, e.getMessage());
            }
        });
    }

    @Override
    public void addListener(TelephonyListener listener) {
        listeners.add(listener);
    }

    @Override
    public String providerName() {
        return "asterisk";
    }

    /**
     * Asks the PBX what is up before judging any call: calls still up are followed, calls that ended while the
     * application was stopped are ended with their real end (their file's last write) and their recordings handed
     * over, and the rest are left to the application, which closes them as interrupted.
     */
    @Override
    public Set<TelephonyCallId> resume(Collection<InFlightCall> inFlight) {
        if (inFlight.isEmpty()) {
            return Set.of();
        }
        AmiChannels.Snapshot alive = channels.list(RECONCILE_ATTEMPTS, settings.reconnectDelay());
        try {
            Set<TelephonyCallId> taken = CompletableFuture.supplyAsync(() -> new Resumption(calls, folder, clock)
                    .takeOver(inFlight, alive), worker).get(30, TimeUnit.SECONDS);
            if (alive == null) {
                // The PBX could not say: follow them all, and ask again as after a reconnect.
                worker.schedule(() -> outages.reconcile(1), settings.reconnectDelay().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
            return taken;
        } catch (Exception e) {
            throw new IllegalStateException("could not take over the calls in flight: " + e.getMessage(), e);
        }
    }

    @Override
    public List<HeldRecording> heldRecordings() {
        try {
            return folder.held(calls.recordingsInUse());
        } catch (IOException e) {
            log.warn("Could not list the recordings folder {}: {}", settings.recordingDirectory(), e.getMessage());
            return List.of();
        }
    }

    /**
     * Events already received are handled and delivered first, so a call that ended while the application stops
     * still hands over its recording; calls still up are left to the PBX, and the next start takes them over.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        run(() -> {
            int live = calls.all().size();
            if (live > 0) {
                log.warn("Stopping with {} call(s) still up on the PBX: they are left to it, and the next start "
                        + "follows them and collects their recordings", live);
            }
        });
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("AMI events still waiting after 10 s of stopping were not handled");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
        try {
            connection.logoff();
        } catch (RuntimeException e) {
            log.debug("AMI logoff: {}", e.getMessage());
        }
    }

    /** Runs on the worker; once stopping, what arrives is no longer handled. */
    private void run(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException stopping) {
            log.debug("Stopping: AMI work not started");
        }
    }

    private void safely(ManagerEvent event) {
        try {
            on(event);
        } catch (RuntimeException e) {
            log.error("AMI event {} could not be handled", event.getClass().getSimpleName(), e);
        }
    }

    private void on(ManagerEvent event) {
        switch (event) {
            case DisconnectEvent d -> {
                connected = false;
                outages.lost(clock.instant());
            }
            case ConnectEvent c -> {
                connected = true;
                outages.reconnected();
            }
            default -> calls.on(event);
        }
    }

    /**
     * Pings went unanswered on a socket that is still open: report the loss now (health DOWN), then close the socket
     * so that Asterisk-Java reconnects, and the ConnectEvent reconciles the calls in flight as after any drop.
     */
    private void silent(Instant since) {
        log.warn("Asterisk at {}:{} answered no AMI Ping for {} intervals of {}: the link is dead though the socket "
                + "is open", settings.host(), settings.port(), AmiHeartbeat.MISSES_BEFORE_LOST,
                HumanDuration.format(settings.pingInterval()));
        connected = false;
        outages.lost(since == null ? clock.instant() : since);
        connection.dropSocket();
    }
}
