package org.rollcall.recordings.spool;

import java.time.Duration;
import java.util.function.BooleanSupplier;

final class Await {

    private Await() {
    }

    static void until(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
