package org.rollcall.recordings.s3;

import java.time.Duration;

/**
 * Where a store's writes spent their time, summed over all threads since the store was created: reading the
 * recordings and hashing them (one pass), looking up stored objects (HEAD), and uploading (PUT, or the parts of a
 * large recording and their completion, which includes the S3 API verifying the checksum). Cheap to keep (a few
 * {@code nanoTime} calls per store); the benchmark prints it.
 *
 * @param stores calls of {@code store}
 * @param lookups HEAD requests made while storing
 * @param overwritesRefused conditional writes the S3 API refused because the key was taken (retries included)
 */
public record StoreTimings(long stores, Duration readingAndHashing, long lookups, Duration lookingUp,
                           Duration uploading, long overwritesRefused) {

    /** What happened between {@code earlier} and this. */
    public StoreTimings since(StoreTimings earlier) {
        return new StoreTimings(stores - earlier.stores, readingAndHashing.minus(earlier.readingAndHashing),
                lookups - earlier.lookups, lookingUp.minus(earlier.lookingUp), uploading.minus(earlier.uploading),
                overwritesRefused - earlier.overwritesRefused);
    }
}
