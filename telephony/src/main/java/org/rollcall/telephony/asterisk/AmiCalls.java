package org.rollcall.telephony.asterisk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.rollcall.telephony.CallState;
import org.rollcall.telephony.Listeners;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls the adapter follows and what AMI's call events mean for them: progress, one cause for an operator leg
 * that failed, the end of a call with its real end time, and the hand-over of its recording (or the removal of the
 * empty file an unbridged call leaves). Used only on the adapter's worker thread.
 */
final class AmiCalls {

    /**
     * How long to wait for the other half of an operator leg's failure (Hangup and OriginateResponse come in either
     * order), so the cause is built from both.
     */
    static final Duration FAILURE_GRACE = Duration.ofSeconds(2);
    /** When to look for the empty file of a call that was never bridged: MixMonitor closes it just after the hang-up. */
    private static final List<Duration> EMPTY_FILE_CHECKS = List.of(Duration.ofSeconds(2), Duration.ofSeconds(15));

    private static final Logger log = LoggerFactory.getLogger(AmiCalls.class);

    private final Clock clock;
    private final Listeners listeners;
    private final RecordingFolder folder;
    private final ScheduledExecutorService worker;
    private final Map<TelephonyCallId, AmiCall> calls = new ConcurrentHashMap<>();

    AmiCalls(Clock clock, Listeners listeners, RecordingFolder folder, ScheduledExecutorService worker) {
        this.clock = clock;
        this.listeners = listeners;
        this.folder = folder;
        this.worker = worker;
    }

    /** Follows a call; false if one with this id is followed already. */
    boolean add(AmiCall call) {
        return calls.putIfAbsent(call.id(), call) == null;
    }

    void forget(TelephonyCallId id) {
        calls.remove(id);
    }

    AmiCall get(TelephonyCallId id) {
        return calls.get(id);
    }

    Collection<AmiCall> all() {
        return List.copyOf(calls.values());
    }

    /** The files of calls still followed: MixMonitor may be writing them. */
    Set<Path> recordingsInUse() {
        return calls.values().stream().map(c -> c.recording).collect(Collectors.toSet());
    }

    Instant eventTime() {
        return clock.instant();
    }

    void on(ManagerEvent event) {
        switch (event) {
            case OriginateResponseEvent o when "Failure".equalsIgnoreCase(o.getResponse()) ->
                    find(event, o.getActionId(), o.getUniqueId()).ifPresent(call -> originateFailed(call,
                            o.getReason()));
            case NewChannelEvent n -> find(event, n.getUniqueId())
                    .filter(call -> call.id().toString().equals(n.getUniqueId()))
                    .ifPresent(call -> call.operatorChannel = n.getChannel());
            case NewStateEvent n when "Up".equalsIgnoreCase(n.getChannelStateDesc()) ->
                    find(event, n.getUniqueId(), n.getLinkedId())
                            .filter(call -> call.id().toString().equals(n.getUniqueId()))
                            .ifPresent(call -> {
                                call.operatorChannel = n.getChannel();
                                emit(call, new TelephonyEvent.OperatorLegUp(call.id(), eventTime()));
                            });
            case DialBeginEvent d -> find(event, d.getLinkedId(), d.getUniqueId()).ifPresent(call ->
                    emit(call, new TelephonyEvent.DestinationRinging(call.id(), eventTime())));
            case DialEndEvent d -> find(event, d.getLinkedId(), d.getUniqueId()).ifPresent(call ->
                    DialOutcomes.apply(d.getDialStatus(), call, this));
            case HangupEvent h -> find(event, h.getUniqueId(), h.getLinkedId())
                    .filter(call -> call.id().toString().equals(h.getUniqueId()))
                    .ifPresent(call -> hungUp(call, h.getCause(), h.getCauseTxt()));
            default -> { }
        }
    }

    /** The operator's channel is gone: before the operator answered, the call failed (the school was not dialled). */
    private void hungUp(AmiCall call, Integer cause, String text) {
        if (call.machine.state() != CallState.PLACED) {
            end(call, Causes.ended(cause, text), eventTime(), null);
            return;
        }
        call.operatorHungUp = true;
        call.hangupCause = cause;
        call.hangupText = text;
        if (call.originateFailed) {
            settleOperatorLeg(call);
        } else {
            worker.schedule(() -> settleOperatorLeg(call), FAILURE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void originateFailed(AmiCall call, Integer reason) {
        call.originateFailed = true;
        call.originateReason = reason;
        // With no channel made there is no Hangup to wait for.
        if (call.operatorHungUp || call.operatorChannel == null) {
            settleOperatorLeg(call);
        } else {
            worker.schedule(() -> settleOperatorLeg(call), FAILURE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void settleOperatorLeg(AmiCall call) {
        if (calls.get(call.id()) == call && call.machine.state() == CallState.PLACED) {
            fail(call, Causes.operatorLeg(call.originateReason, call.hangupCause, call.hangupText));
        }
    }

    void fail(AmiCall call, String cause) {
        emit(call, new TelephonyEvent.Failed(call.id(), eventTime(), cause));
        end(call, cause, eventTime(), null);
    }

    /**
     * Ends a call at {@code at}: when it really ended (the hang-up, the moment the link to the PBX was lost), which
     * may be earlier than now. A bridged call's recording is handed over; an unbridged one's empty file removed.
     *
     * @param interruption what cut the call short, for a recording with no audio; null for an ordinary end
     */
    void end(AmiCall call, String cause, Instant at, String interruption) {
        Duration talk = call.bridgedAt == null || at.isBefore(call.bridgedAt) ? Duration.ZERO
                : Duration.between(call.bridgedAt, at);
        emit(call, new TelephonyEvent.Ended(call.id(), at, talk, cause));
        // In hand-over before the call is forgotten, so the folder's sweep never sees the file as left behind.
        RecordingFile recording = call.machine.wasBridged() ? folder.handOver(call.recording, at, interruption) : null;
        calls.remove(call.id());
        if (recording != null) {
            emit(call, new TelephonyEvent.RecordingAvailable(call.id(), at, recording));
        } else {
            try {
                for (Duration after : EMPTY_FILE_CHECKS) {
                    worker.schedule(() -> folder.removeIfEmpty(call.recording), after.toMillis(),
                            TimeUnit.MILLISECONDS);
                }
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // Stopping: the folder's sweep at the next start removes the empty file instead.
            }
        }
    }

    void emit(AmiCall call, TelephonyEvent event) {
        if (event instanceof TelephonyEvent.Bridged) {
            call.bridgedAt = event.at();
        }
        listeners.deliver(call.machine, event);
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
}
