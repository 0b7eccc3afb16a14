package org.rollcall.recordings.s3;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/** Adds up {@link StoreTimings} from many threads without contention. */
final class WriteTimer {

    private final LongAdder stores = new LongAdder();
    private final LongAdder readingNanos = new LongAdder();
    private final LongAdder lookups = new LongAdder();
    private final LongAdder lookupNanos = new LongAdder();
    private final LongAdder uploadNanos = new LongAdder();
    private final LongAdder refused = new LongAdder();

    void stored() {
        stores.increment();
    }

    void read(long startedNanos) {
        readingNanos.add(System.nanoTime() - startedNanos);
    }

    void lookedUp(long startedNanos) {
        lookups.increment();
        lookupNanos.add(System.nanoTime() - startedNanos);
    }

    void uploaded(long startedNanos) {
        uploadNanos.add(System.nanoTime() - startedNanos);
    }

    void overwriteRefused() {
        refused.increment();
    }

    StoreTimings snapshot() {
        return new StoreTimings(stores.sum(), Duration.ofNanos(readingNanos.sum()), lookups.sum(),
                Duration.ofNanos(lookupNanos.sum()), Duration.ofNanos(uploadNanos.sum()), refused.sum());
    }
}
