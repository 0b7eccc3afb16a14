package org.rollcall.telephony.simulated;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One timer thread, waiting in real time for simulated time divided by the clock's speed. */
final class RealTimeSteps implements Steps {

    private final SimulationSettings settings;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("simulated-exchange").daemon().factory());

    RealTimeSteps(SimulationSettings settings) {
        this.settings = settings;
    }

    @Override
    public Future<?> schedule(Runnable step, Duration simulated) {
        return timer.schedule(step, settings.realMillis(simulated), TimeUnit.MILLISECONDS);
    }

    @Override
    public void execute(Runnable step) {
        timer.execute(step);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
