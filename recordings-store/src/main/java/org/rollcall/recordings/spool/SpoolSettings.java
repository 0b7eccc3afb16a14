package org.rollcall.recordings.spool;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the spool keeps recordings not yet in the store, and how it retries.
 *
 * @param initialBackoff wait after the first failed upload, doubled after each further one; null = 1 s
 * @param maxBackoff longest wait between attempts; null = 5 min
 * @param workers uploads in parallel; 0 or less = 2
 */
public record SpoolSettings(Path directory, Duration initialBackoff, Duration maxBackoff, int workers) {

    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(5);
    public static final int DEFAULT_WORKERS = 2;

    public SpoolSettings {
        Objects.requireNonNull(directory, "directory");
        initialBackoff = initialBackoff == null ? DEFAULT_INITIAL_BACKOFF : initialBackoff;
        maxBackoff = maxBackoff == null ? DEFAULT_MAX_BACKOFF : maxBackoff;
        workers = workers <= 0 ? DEFAULT_WORKERS : workers;
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("spool backoff must be positive with max >= initial, not "
                    + initialBackoff + " / " + maxBackoff);
        }
    }

    public static SpoolSettings of(Path directory) {
        return new SpoolSettings(directory, null, null, 0);
    }
}
