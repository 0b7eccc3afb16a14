package org.rollcall.telephony.simulated;

import java.time.Duration;
import java.util.concurrent.Future;

/** Where the exchange's steps wait: on a real timer thread (the default), or on a virtual clock a driver moves. */
interface Steps {

    /** Runs {@code step} after {@code simulated} time has passed. */
    Future<?> schedule(Runnable step, Duration simulated);

    /** Runs {@code step} as soon as possible, after steps already waiting to run now. */
    void execute(Runnable step);

    void close();
}
