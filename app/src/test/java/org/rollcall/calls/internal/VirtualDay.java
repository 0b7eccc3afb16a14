package org.rollcall.calls.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.Stream;

import org.rollcall.calls.CallsProperties;
import org.rollcall.support.MovableClock;
import org.rollcall.telephony.simulated.VirtualSteps;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Drives the real application through a day on a virtual clock: the next event is the earliest of the simulated
 * exchange's next step, the operators' next action and the planner's and dialler's next tick (their configured
 * intervals, the same rounds {@link DiallerSchedule} runs); the clock moves there and it runs. After each step the
 * driver waits until the application has settled (the telephony bridge's queue applied, the module listeners
 * finished on the task executor) so nothing happens behind the clock's back; that wait is the only real waiting.
 * A freed operator gets a dialler round at once, as {@link DiallerSchedule#dialWhenCommitted} does.
 */
final class VirtualDay {

    private final MovableClock clock;
    private final VirtualSteps exchange;
    private final SimulatedOperators operators;
    private final DiallerSchedule schedule;
    private final TelephonyBridge bridge;
    private final ThreadPoolExecutor executor;
    private final CallsProperties properties;
    long steps;

    VirtualDay(MovableClock clock, VirtualSteps exchange, SimulatedOperators operators, DiallerSchedule schedule,
               TelephonyBridge bridge, ThreadPoolTaskExecutor executor, CallsProperties properties) {
        this.clock = clock;
        this.exchange = exchange;
        this.operators = operators;
        this.schedule = schedule;
        this.bridge = bridge;
        this.executor = executor.getThreadPoolExecutor();
        this.properties = properties;
    }

    /** Runs from the clock's now until {@code end}; operators start and end their shift at the given moments. */
    void run(Instant shiftStarts, Instant shiftEnds, Instant end) {
        // The wall-clock timers stop; this driver runs the same rounds at virtual times.
        schedule.stop();
        settle();
        Instant nextPlan = clock.instant();
        Instant nextDial = clock.instant();
        boolean started = false;
        boolean ended = false;
        while (true) {
            Instant t = Stream.of(Optional.of(nextPlan), Optional.of(nextDial), exchange.nextDue(),
                    operators.nextDue(), Optional.of(started ? end : shiftStarts),
                    Optional.of(ended ? end : shiftEnds)).flatMap(Optional::stream).min(Instant::compareTo)
                    .orElseThrow();
            if (!t.isBefore(end)) {
                moveTo(end);
                return;
            }
            moveTo(t);
            steps++;
            if (!started && !t.isBefore(shiftStarts)) {
                started = true;
                operators.startShift();
                settle();
            }
            if (!ended && !t.isBefore(shiftEnds)) {
                ended = true;
                operators.endShift();
                settle();
            }
            if (exchange.runDue() > 0) {
                settle();
                operators.react();
            }
            boolean freed = operators.runDue();
            settle();
            operators.react();
            if (freed) {
                dial(); // an operator was freed: a round now, as the application's nudge does
            }
            if (!t.isBefore(nextPlan)) {
                schedule.plan();
                settle();
                nextPlan = t.plus(properties.planInterval());
            }
            if (!t.isBefore(nextDial)) {
                dial();
                nextDial = t.plus(properties.diallerInterval());
            }
        }
    }

    private void dial() {
        schedule.dial();
        settle();
        operators.react();
    }

    private void moveTo(Instant t) {
        Duration by = Duration.between(clock.instant(), t);
        if (by.isNegative()) {
            throw new IllegalStateException("the virtual clock cannot go back from " + clock.instant() + " to " + t);
        }
        clock.advance(by);
    }

    /**
     * Waits until the telephony bridge has applied what it was given and no module listener is running or queued,
     * twice in a row (a listener may publish more, and a task being handed to a worker is briefly in neither count).
     */
    private void settle() {
        int quiet = 0;
        while (quiet < 2) {
            try {
                bridge.awaitApplied();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the day settled", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
            if (executor.getActiveCount() == 0 && executor.getQueue().isEmpty()) {
                quiet++;
            } else {
                quiet = 0;
                java.util.concurrent.locks.LockSupport.parkNanos(100_000);
            }
        }
    }
}
