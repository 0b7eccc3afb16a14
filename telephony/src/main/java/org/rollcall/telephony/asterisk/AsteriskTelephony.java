package org.rollcall.telephony.asterisk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.HumanDuration;
import org.rollcall.telephony.Listeners;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;
import org.rollcall.telephony.TelephonyListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places calls through an Asterisk PBX over AMI. The operator's leg is originated (with our call id as its
 * channel id) into the Rollcall context, which dials the school only once the operator has answered (agent first,
 * Ofcom), presents the caller ID and records with MixMonitor. Events are correlated by Uniqueid/Linkedid (set to
 * the call id) or the CALL_ID channel variable. AMI's listener thread only queues; one worker owns all call state
 * and pings the PBX, so that a connection gone silent without closing is noticed too.
 */
public final class AsteriskTelephony implements Telephony {

    /** Attempts at CoreShowChannels after a reconnect before in-flight calls are closed as unknown. */
    static final int RECONCILE_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(AsteriskTelephony.class);

    private final AsteriskSettings settings;
    private final Clock clock;
    private final AmiConnection connection;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("asterisk-events").daemon().factory());
    private final Map<TelephonyCallId, AmiCall> calls = new ConcurrentHashMap<>();
    private final Listeners listeners = new Listeners();
    private volatile boolean connected;
    private boolean disconnectedSinceLogin;
    private long outages;

    /** @param clock the application's clock: events, talk time and the recording's dated folder come from it */
    public AsteriskTelephony(AsteriskSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.connection = new AmiConnection(settings);
        connection.addEventListener(event -> worker.execute(() -> safely(event)));
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
        AmiHeartbeat heartbeat = new AmiHeartbeat(connection, this::silent);
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
        if (!connected) {
            throw new IllegalStateException("not connected to Asterisk at " + settings.host() + ":" + settings.port());
        }
        LocalDate day = LocalDate.now(clock);
        String relative = "%04d/%02d/%02d/%s.wav".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                request.callId());
        AmiCall call = new AmiCall(request, settings.recordingDirectory().resolve(relative));
        if (calls.putIfAbsent(request.callId(), call) != null) {
            throw new IllegalStateException("call " + request.callId() + " is already in progress");
        }
        OriginateAction originate = new OriginateAction();
        originate.setChannel(settings.operatorChannel(request.operatorEndpoint()));
        originate.setChannelId(request.callId().toString());
        // Echoed in OriginateResponse: a failure to reach the operator is matched even when no channel was made.
        originate.setActionId(request.callId().toString());
        originate.setContext(settings.context());
        originate.setExten("s");
        originate.setPriority(1);
        originate.setAsync(true);
        originate.setTimeout(settings.originateTimeout().toMillis());
        // The operator's phone shows the school; the school sees our caller ID (set again in the dialplan).
        originate.setCallerId("Rollcall <" + request.destination().value() + ">");
        originate.setVariables(Map.of(
                "CALL_ID", request.callId().toString(),
                "DESTINATION", settings.destination(request.destination()),
                "CALLER_ID", request.callerId().value(),
                "RING_TIMEOUT", String.valueOf(settings.ringTimeout().toSeconds()),
                "RECORDING_PATH", relative));
        try {
            connection.sendAction(originate, response -> {
                if (response instanceof ManagerError error) {
                    worker.execute(() -> fail(call, "originate refused: " + error.getMessage()));
                }
            });
        } catch (Exception e) {
            calls.remove(request.callId());
            throw new IllegalStateException("could not send Originate to Asterisk: " + e.getMessage(), e);
        }
    }

    @Override
    public void hangUp(TelephonyCallId callId) {
        worker.execute(() -> {
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

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            connection.logoff();
        } catch (RuntimeException e) {
            log.debug("AMI logoff: {}", e.getMessage());
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
            case DisconnectEvent d -> lost();
            case ConnectEvent c -> {
                connected = true;
                if (disconnectedSinceLogin) {
                    outages++; // this outage is over: its deadline, if still pending, must not fire
                    disconnectedSinceLogin = false;
                    reconcile(1);
                }
            }
            case OriginateResponseEvent o when "Failure".equalsIgnoreCase(o.getResponse()) ->
                    find(event, o.getActionId(), o.getUniqueId()).ifPresent(call -> fail(call,
                            "operator leg " + originateFailure(o.getReason()) + " (reason " + o.getReason() + ")"));
            case NewChannelEvent n -> find(event, n.getUniqueId())
                    .filter(call -> call.id().toString().equals(n.getUniqueId()))
                    .ifPresent(call -> call.operatorChannel = n.getChannel());
            case NewStateEvent n when "Up".equalsIgnoreCase(n.getChannelStateDesc()) ->
                    find(event, n.getUniqueId(), n.getLinkedId())
                            .filter(call -> call.id().toString().equals(n.getUniqueId()))
                            .ifPresent(call -> {
                                call.operatorChannel = n.getChannel();
                                emit(call, new TelephonyEvent.OperatorLegUp(call.id(), clock.instant()));
                            });
            case DialBeginEvent d -> find(event, d.getLinkedId(), d.getUniqueId()).ifPresent(call ->
                    emit(call, new TelephonyEvent.DestinationRinging(call.id(), clock.instant())));
            case DialEndEvent d -> find(event, d.getLinkedId(), d.getUniqueId()).ifPresent(call ->
                    DialOutcomes.apply(d.getDialStatus(), call, this));
            case HangupEvent h -> find(event, h.getUniqueId(), h.getLinkedId())
                    .filter(call -> call.id().toString().equals(h.getUniqueId()))
                    .ifPresent(call -> hungUp(call, h.getCauseTxt() == null ? "hung up" : h.getCauseTxt()));
            default -> { }
        }
    }

    private void lost() {
        connected = false;
        // Once per outage: after the heartbeat has reported it, the socket it closes brings a DisconnectEvent too.
        if (!disconnectedSinceLogin) {
            disconnectedSinceLogin = true;
            log.warn("Lost the AMI connection to {}:{}; reconnecting", settings.host(), settings.port());
            long outage = ++outages;
            worker.schedule(() -> closeCallsIfStillDown(outage), settings.outageCallTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A PBX that stays unreachable (or a reconnect that hangs) must not leave calls in progress for ever: after the
     * outage timeout, calls in flight are closed as unknown, and operators can wrap them up.
     */
    private void closeCallsIfStillDown(long outage) {
        if (!disconnectedSinceLogin || outage != outages || calls.isEmpty()) {
            return;
        }
        log.error("Asterisk at {}:{} has been unreachable for {}; closing {} call(s) in flight as state unknown",
                settings.host(), settings.port(), HumanDuration.format(settings.outageCallTimeout()), calls.size());
        endAll("PBX unreachable for " + HumanDuration.format(settings.outageCallTimeout()) + ": state unknown");
    }

    /**
     * Pings went unanswered on a socket that is still open: report the loss now (health DOWN), then close the socket
     * so that Asterisk-Java reconnects, and the ConnectEvent reconciles the calls in flight as after any drop.
     */
    private void silent() {
        log.warn("Asterisk at {}:{} answered no AMI Ping for {} intervals of {}: the link is dead though the socket "
                + "is open", settings.host(), settings.port(), AmiHeartbeat.MISSES_BEFORE_LOST,
                HumanDuration.format(settings.pingInterval()));
        lost();
        connection.dropSocket();
    }

    /** The call an event belongs to: by uniqueid/linkedid (our call id), else by the CALL_ID channel variable. */
    private Optional<AmiCall> find(ManagerEvent event, String... ids) {
        for (String id : ids) {
            AmiCall call = byId(id);
            if (call != null) {
                return Optional.of(call);
            }
        }
        Map<String, String> variables = event.getChannelVariables();
        AmiCall call = variables == null ? null : byId(variables.get("CALL_ID"));
        if (call == null) {
            log.debug("AMI {} for no call of ours: ignored", event.getClass().getSimpleName());
        }
        return Optional.ofNullable(call);
    }

    private AmiCall byId(String id) {
        if (id == null) {
            return null;
        }
        try {
            return calls.get(new TelephonyCallId(UUID.fromString(id.strip())));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Asterisk's OriginateResponse Reason codes (AST_CONTROL_*). */
    private static String originateFailure(Integer reason) {
        return switch (reason == null ? -1 : reason) {
            case 1 -> "hung up";
            case 3 -> "not answered";
            case 5 -> "busy";
            case 8 -> "congested or unavailable";
            default -> "could not be reached";
        };
    }

    /**
     * After a reconnect: any call whose channels are gone ended while we could not hear it. If Asterisk cannot
     * say, ask again; after {@link #RECONCILE_ATTEMPTS} the calls are closed as unknown, so none stays in progress
     * for ever.
     */
    private void reconcile(int attempt) {
        Set<String> alive = new HashSet<>();
        try {
            awaitLoggedIn();
            var response = connection.sendEventGeneratingAction(new CoreShowChannelsAction(), 10_000);
            if (response.getResponse() instanceof ManagerError error) {
                // No list is not an empty list: never close live calls on an error.
                throw new IllegalStateException("CoreShowChannels refused: " + error.getMessage());
            }
            for (var e : response.getEvents()) {
                if (e instanceof CoreShowChannelEvent channel) {
                    alive.add(channel.getUniqueid());
                    alive.add(channel.getLinkedid());
                }
            }
        } catch (Exception e) {
            if (attempt < RECONCILE_ATTEMPTS) {
                log.warn("Reconciliation after reconnect failed (attempt {} of {}): {}", attempt,
                        RECONCILE_ATTEMPTS, e.getMessage());
                worker.schedule(() -> reconcile(attempt + 1), settings.reconnectDelay().toMillis(),
                        TimeUnit.MILLISECONDS);
                return;
            }
            log.error("Reconciliation after reconnect failed {} times; closing the calls in flight", attempt, e);
            endAll("state unknown after AMI outage");
            return;
        }
        for (AmiCall call : List.copyOf(calls.values())) {
            if (!call.machine.state().isOver() && !alive.contains(call.id().toString())) {
                end(call, "lost during AMI outage");
            }
        }
        log.info("Reconciled after reconnect: {} channels alive", alive.size());
    }

    // ConnectEvent arrives with the banner, before Asterisk-Java has logged in again.
    private void awaitLoggedIn() throws InterruptedException {
        long deadline = System.currentTimeMillis() + settings.reconnectDelay().toMillis() + 10_000;
        while (connection.getState() != org.asteriskjava.manager.ManagerConnectionState.CONNECTED
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    /** The operator's channel is gone; if the operator never answered, the call failed (the school was not dialled). */
    private void hungUp(AmiCall call, String cause) {
        if (call.machine.state() == org.rollcall.telephony.CallState.PLACED) {
            fail(call, "operator leg not answered (" + cause + ")");
        } else {
            end(call, cause);
        }
    }

    void fail(AmiCall call, String cause) {
        emit(call, new TelephonyEvent.Failed(call.id(), clock.instant(), cause));
        end(call, cause);
    }

    private void endAll(String cause) {
        for (AmiCall call : List.copyOf(calls.values())) {
            end(call, cause);
        }
    }

    void end(AmiCall call, String cause) {
        var now = clock.instant();
        Duration talk = call.bridgedAt == null ? Duration.ZERO : Duration.between(call.bridgedAt, now);
        emit(call, new TelephonyEvent.Ended(call.id(), now, talk, cause));
        if (call.machine.wasBridged()) {
            emit(call, new TelephonyEvent.RecordingAvailable(call.id(), now, new RecordingFile(
                    call.recording)));
        }
        calls.remove(call.id());
    }

    /** The time an event happened, on the application's clock. */
    java.time.Instant eventTime() {
        return clock.instant();
    }

    void emit(AmiCall call, TelephonyEvent event) {
        if (event instanceof TelephonyEvent.Bridged) {
            call.bridgedAt = event.at();
        }
        listeners.deliver(call.machine, event);
    }
}
