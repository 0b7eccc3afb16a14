package org.rollcall.telephony.simulated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange's steps on a virtual clock (a discrete-event benchmark): nothing waits; a driver asks when the next
 * step is due, moves the clock there and runs what is due, on its own thread. The exchange's settings' clock speed
 * is not used. Not for a running application: nothing runs unless the driver calls {@link #runDue}.
 */
public final class VirtualSteps implements Steps {

    private static final Logger log = LoggerFactory.getLogger(VirtualSteps.class);

    private final Clock clock;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    private long seq;

    /** {@code clock}: the virtual clock the driver moves; steps fall due on it. */
    public VirtualSteps(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Future<?> schedule(Runnable step, Duration simulated) {
        FutureTask<Void> task = new FutureTask<>(step, null);
        queue.add(new Pending(clock.instant().plus(simulated), seq++, task));
        return task;
    }

    @Override
    public void execute(Runnable step) {
        schedule(() -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                log.error("Simulated exchange step failed", e);
            }
        }, Duration.ZERO);
    }

    /** When the next step that is not cancelled falls due, if any is waiting. */
    public synchronized Optional<Instant> nextDue() {
        while (!queue.isEmpty() && queue.peek().task.isCancelled()) {
            queue.poll();
        }
        return queue.isEmpty() ? Optional.empty() : Optional.of(queue.peek().at);
    }

    /** Runs, in order, every step due by the clock's now, including steps those add for now; returns how many. */
    public int runDue() {
        int ran = 0;
        while (true) {
            Pending next;
            synchronized (this) {
                if (queue.isEmpty() || queue.peek().at.isAfter(clock.instant())) {
                    return ran;
                }
                next = queue.poll();
            }
            if (!next.task.isCancelled()) {
                next.task.run();
                ran++;
            }
        }
    }

    @Override
    public synchronized void close() {
        queue.clear();
    }

    private record Pending(Instant at, long seq, FutureTask<Void> task) {
    }
}
