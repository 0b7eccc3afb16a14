package org.rollcall.telephony.simulated;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.CallStateMachine;
import org.rollcall.telephony.Listeners;
import org.rollcall.telephony.RecordingSource;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;
import org.rollcall.telephony.TelephonyListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exchange of simulated schools, for the demo, tests and load runs. Deterministic: the n-th call to a number
 * behaves the same for the same seed, and yields the same WAV bytes. Agent first like the real adapters: the
 * destination "rings" only after the operator's leg is up. Everything runs on one timer thread, so each call's
 * events are delivered in order and listeners never run concurrently (or, for a discrete-event run, on a
 * virtual clock: {@link VirtualSteps}).
 */
public final class SimulatedExchange implements Telephony {

    private static final Logger log = LoggerFactory.getLogger(SimulatedExchange.class);

    private final SimulationSettings settings;
    private final Clock clock;
    private final Steps timer;
    private final Listeners listeners = new Listeners();
    private final Map<TelephonyCallId, SimulatedCall> calls = new ConcurrentHashMap<>();
    private final Map<String, Integer> callsPerNumber = new ConcurrentHashMap<>();
    private final Map<String, String> failingOperatorPhones = new ConcurrentHashMap<>();
    private volatile boolean down;

    /**
     * @param clock the application's clock: every event is stamped with it, and talk time is measured on it, so
     *     offsets into a recording agree with the marks taken during the call. Its pace must be
     *     {@code settings.clockSpeed()} times real time (a fast demo clock), since steps are scheduled in real time.
     */
    public SimulatedExchange(SimulationSettings settings, Clock clock) {
        this(settings, clock, new RealTimeSteps(settings));
    }

    /**
     * For a discrete-event run: every step waits on {@code steps} (on {@code clock}, virtual) instead of a timer
     * thread, and runs on the thread that calls {@link VirtualSteps#runDue}.
     */
    public SimulatedExchange(SimulationSettings settings, Clock clock, VirtualSteps steps) {
        this(settings, clock, (Steps) steps);
    }

    private SimulatedExchange(SimulationSettings settings, Clock clock, Steps steps) {
        this.settings = settings;
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.timer = steps;
    }

    @Override
    public void placeCall(CallRequest request) {
        if (down) {
            throw new IllegalStateException("not connected to the simulated exchange: it is down");
        }
        SimulatedCall existing = calls.get(request.callId());
        if (existing != null && !existing.machine.state().isOver()) {
            throw new IllegalStateException("call " + request.callId() + " is already in progress");
        }
        String phoneFails = failingOperatorPhones.get(request.operatorEndpoint());
        if (phoneFails != null) {
            // The school is never dialled, so it draws no script: its next call behaves as this one would have.
            SimulatedCall call = new SimulatedCall(request, null, 0, new CallStateMachine(request.callId()));
            calls.put(request.callId(), call);
            timer.execute(() -> after(call, settings.operatorPickup(), () -> {
                emit(call, new TelephonyEvent.Failed(call.id(), clock.instant(), phoneFails));
                end(call, phoneFails);
            }));
            return;
        }
        int n = callsPerNumber.merge(request.destination().value(), 1, Integer::sum);
        long callSeed = settings.seed() * 1_000_003L + request.destination().value().hashCode() * 31L + n;
        // SplittableRandom mixes its seed; java.util.Random gives near-equal first draws for neighbouring seeds.
        Script script = Script.draw(settings, new SplittableRandom(callSeed));
        SimulatedCall call = new SimulatedCall(request, script, callSeed, new CallStateMachine(request.callId()));
        calls.put(request.callId(), call);
        log.debug("Simulated call {} to {}: {}", request.callId(), request.destination(), script);
        // All of a call's state is touched only on the timer thread, including its list of pending steps.
        timer.execute(() -> after(call, settings.operatorPickup(), () -> operatorUp(call)));
    }

    @Override
    public void hangUp(TelephonyCallId callId) {
        SimulatedCall call = calls.get(callId);
        if (call == null) {
            log.info("Hang-up for unknown call {}: nothing to do", callId);
            return;
        }
        timer.execute(() -> {
            if (!call.machine.state().isOver()) {
                end(call, call.machine.wasBridged() ? "operator hung up" : "operator hung up before an answer");
            }
        });
    }

    @Override
    public void addListener(TelephonyListener listener) {
        listeners.add(listener);
    }

    @Override
    public String providerName() {
        return "simulated";
    }

    @Override
    public boolean isAvailable() {
        return !down;
    }

    /**
     * Tests and demos: the exchange cannot be reached (as Asterisk without its AMI link, or Twilio's API failing)
     * until {@link #comeBack()}. New calls are refused before anything is dialled; calls in flight carry on.
     */
    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    /**
     * Tests and demos: every call whose operator leg is {@code endpoint} fails that leg with {@code cause} (for
     * example "operator leg not answered" or "operator leg not registered") until {@link #operatorPhoneWorks}; the
     * school is never dialled.
     */
    public void operatorPhoneFails(String endpoint, String cause) {
        failingOperatorPhones.put(endpoint, cause);
    }

    public void operatorPhoneWorks(String endpoint) {
        failingOperatorPhones.remove(endpoint);
    }

    @Override
    public void close() {
        timer.close();
    }

    /** Calls placed and not yet released (for tests and diagnostics). */
    public int activeCalls() {
        return calls.size();
    }

    private void operatorUp(SimulatedCall call) {
        emit(call, new TelephonyEvent.OperatorLegUp(call.id(), clock.instant()));
        Script script = call.script;
        switch (script.outcome()) {
            case FAIL -> after(call, Duration.ofMillis(300), () -> {
                emit(call, new TelephonyEvent.Failed(call.id(), clock.instant(), "congestion"));
                end(call, "failed: congestion");
            });
            case BUSY -> after(call, Duration.ofSeconds(1), () -> {
                emit(call, new TelephonyEvent.Busy(call.id(), clock.instant()));
                end(call, "busy");
            });
            case NO_ANSWER -> {
                emit(call, new TelephonyEvent.DestinationRinging(call.id(), clock.instant()));
                after(call, settings.ringTimeout(), () -> {
                    emit(call, new TelephonyEvent.NoAnswer(call.id(), clock.instant()));
                    end(call, "no-answer");
                });
            }
            case ANSWER -> {
                emit(call, new TelephonyEvent.DestinationRinging(call.id(), clock.instant()));
                after(call, script.ringFor(), () -> answer(call));
            }
        }
    }

    private void answer(SimulatedCall call) {
        call.bridgedAt = clock.instant();
        emit(call, new TelephonyEvent.Answered(call.id(), call.bridgedAt));
        emit(call, new TelephonyEvent.Bridged(call.id(), call.bridgedAt));
        Duration talk = call.script.hangUpAfter() == null ? settings.maxTalk() : call.script.hangUpAfter();
        after(call, talk, () -> end(call, call.script.hangUpAfter() == null ? "maximum talk time reached"
                : "school hung up", talk, clock.instant()));
    }

    private void end(SimulatedCall call, String cause) {
        Instant now = clock.instant();
        Duration measured = call.bridgedAt == null ? Duration.ZERO : Duration.between(call.bridgedAt, now);
        end(call, cause, measured.compareTo(settings.maxTalk()) > 0 ? settings.maxTalk() : measured, now);
    }

    /** {@code talk} is the scripted length when the school ends the call, so the same seed gives the same WAV. */
    private void end(SimulatedCall call, String cause, Duration scriptedOrMeasuredTalk, Instant now) {
        call.cancelPending();
        boolean bridged = call.machine.wasBridged();
        Duration talk = bridged ? scriptedOrMeasuredTalk : Duration.ZERO;
        emit(call, new TelephonyEvent.Ended(call.id(), now, talk, cause));
        if (!bridged) {
            calls.remove(call.id());
            return;
        }
        long millis = talk.toMillis();
        emit(call, new TelephonyEvent.RecordingAvailable(call.id(), now, new RecordingSource() {
            // Synthesised on first open, on the reader's thread: the exchange's timer must never wait for audio.
            private byte[] wav;

            @Override
            public synchronized InputStream open() {
                if (wav == null) {
                    wav = WavSynthesiser.wav(millis, call.seed);
                }
                return new ByteArrayInputStream(wav);
            }

            @Override
            public void release() {
                calls.remove(call.id());
            }

            @Override
            public void discard() {
                calls.remove(call.id());
            }

            @Override
            public Optional<Instant> stoppedAt() {
                return Optional.of(now); // synthesised for exactly the talk time, ending here
            }
        }));
    }

    private void after(SimulatedCall call, Duration simulated, Runnable step) {
        call.pending.add(timer.schedule(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                log.error("Simulated call {} step failed", call.id(), e);
            }
        }, simulated));
    }

    private void emit(SimulatedCall call, TelephonyEvent event) {
        listeners.deliver(call.machine, event);
    }
}
