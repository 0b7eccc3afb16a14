package org.rollcall.recordings.spool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.rollcall.recordings.InvalidRecordingException;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.rollcall.recordings.StoredRecording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable queue in front of a {@link RecordingStore}: {@link #accept} puts a recording on local disk (fsynced)
 * and returns at once; worker threads upload it, retrying with exponential backoff while the store is down, and
 * pick up what a previous run left. Retrying is a few lines on a {@link ScheduledExecutorService}, so no retry
 * library is needed.
 */
public final class RecordingSpool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RecordingSpool.class);

    private final RecordingStore store;
    private final SpoolSettings settings;
    private final SpoolListener listener;
    private final SpoolFiles files;
    private final ConcurrentMap<RecordingKey, SpooledRecording> pending = new ConcurrentHashMap<>();
    private final ConcurrentMap<RecordingKey, Waiting> backingOff = new ConcurrentHashMap<>();
    private final Object commits = new Object();
    private ScheduledExecutorService workers;
    private volatile boolean closed;

    /** Opens the spool directory and finds what a previous run left; nothing is uploaded before {@link #start}. */
    public RecordingSpool(RecordingStore store, SpoolSettings settings, SpoolListener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        try {
            this.files = new SpoolFiles(settings.directory());
            files.recover().forEach(r -> pending.put(r.key(), r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the recording spool " + settings.directory(), e);
        }
        if (!pending.isEmpty()) {
            log.info("Recording spool {} holds {} recording(s) from a previous run", settings.directory(),
                    pending.size());
        }
    }

    /**
     * Validates the WAV and keeps it on disk; durable when this returns. Accepting the same recording again is a
     * no-op while it waits.
     *
     * @throws InvalidRecordingException for empty or non-WAV bytes, or other bytes already waiting under the key
     * @throws UncheckedIOException when the spool's disk fails
     */
    public SpooledRecording accept(RecordingKey key, InputStream wav) {
        Objects.requireNonNull(key, "key");
        SpooledRecording recording;
        try {
            SpoolFiles.Written written = files.write(wav);
            synchronized (commits) {
                var waiting = pending.containsKey(key) ? pending.get(key) : files.find(key).orElse(null);
                if (waiting != null) {
                    files.discard(written);
                    return sameOrRefuse(waiting, written);
                }
                recording = files.commit(key, written);
                pending.put(key, recording);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not spool the recording " + key + " in " + settings.directory(), e);
        }
        log.debug("Spooled {} ({} bytes)", key, recording.bytes());
        synchronized (this) {
            if (workers != null) {
                schedule(recording, 0, Duration.ZERO);
            }
        }
        return recording;
    }

    /** Starts the workers; recordings already spooled are uploaded first. */
    public synchronized void start() {
        if (workers != null || closed) {
            return;
        }
        var count = new AtomicInteger();
        workers = Executors.newScheduledThreadPool(settings.workers(), task -> {
            var thread = new Thread(task, "recording-spool-" + count.incrementAndGet());
            thread.setDaemon(true); // an unclosed spool must not keep the JVM alive; its files wait for next time
            return thread;
        });
        pending.values().forEach(recording -> schedule(recording, 0, Duration.ZERO));
    }

    /**
     * The store is back (its embedded server was restarted, say): uploads waiting out a backoff are tried now rather
     * than after up to {@code maxBackoff}. Those still failing go on backing off from where they were.
     */
    public void retryNow() {
        synchronized (this) {
            if (workers == null || closed) {
                return;
            }
        }
        backingOff.forEach((key, waiting) -> {
            if (backingOff.remove(key, waiting) && waiting.retry().cancel(false)) {
                SpooledRecording recording = pending.get(key);
                if (recording != null) {
                    schedule(recording, waiting.attempt(), Duration.ZERO);
                }
            }
        });
    }

    /** Recordings accepted and neither stored nor rejected yet. */
    public int pending() {
        return pending.size();
    }

    @Override
    public void close() {
        closed = true;
        ScheduledExecutorService running;
        synchronized (this) {
            running = workers;
        }
        if (running == null) {
            return;
        }
        running.shutdownNow();
        try {
            running.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void schedule(SpooledRecording recording, int attempt, Duration delay) {
        if (!closed) {
            ScheduledFuture<?> retry = workers.schedule(() -> upload(recording, attempt), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
            if (!delay.isZero()) {
                backingOff.put(recording.key(), new Waiting(retry, attempt));
            }
        }
    }

    /** An upload waiting out its backoff, so {@link #retryNow} can bring it forward. */
    private record Waiting(ScheduledFuture<?> retry, int attempt) {
    }

    private void upload(SpooledRecording recording, int attempt) {
        if (closed) {
            return;
        }
        RecordingKey key = recording.key();
        try {
            StoredRecording stored;
            try (InputStream wav = files.open(key)) {
                stored = store.store(key, wav, recording.bytes(), recording.sha256());
            }
            listener.stored(stored);
            files.remove(key);
            pending.remove(key);
            backingOff.remove(key);
            log.debug("Stored spooled {} after {} attempt(s)", key, attempt + 1);
        } catch (InvalidRecordingException e) {
            reject(recording, e.getMessage());
        } catch (NoSuchFileException e) {
            vanished(recording);
        } catch (IOException | RuntimeException e) { // store down, or the listener failed: try again later
            if (closed) {
                return;
            }
            Duration delay = backoff(attempt);
            log.warn("Could not store spooled {} (attempt {}): {}; retrying in {}", key, attempt + 1, e.toString(),
                    delay);
            schedule(recording, attempt + 1, delay);
        }
    }

    private void reject(SpooledRecording recording, String reason) {
        log.error("The store refused spooled {}: {}; kept in {}", recording.key(), reason,
                files.rejectedDirectory());
        try {
            files.reject(recording, reason);
        } catch (IOException e) {
            log.error("Could not move {} to the rejected folder", recording.key(), e);
        }
        giveUp(recording.key(), reason);
    }

    /** Retrying cannot bring a deleted spool file back, so the recording is given up and the listener told why. */
    private void vanished(SpooledRecording recording) {
        RecordingKey key = recording.key();
        String reason = "the spooled file " + key + " vanished from " + settings.directory() + " before it was "
                + "stored (deleted or lost with its disk); fetch the provider's copy and offer it again";
        log.error("{}", reason);
        try {
            files.remove(key); // its sidecar, so the next start does not try again
        } catch (IOException e) {
            log.warn("Could not remove what is left of {} in the spool", key, e);
        }
        giveUp(key, reason);
    }

    private void giveUp(RecordingKey key, String reason) {
        pending.remove(key);
        backingOff.remove(key);
        try {
            listener.rejected(key, reason);
        } catch (RuntimeException e) {
            log.error("Spool listener failed on rejection of {}", key, e);
        }
    }

    /** initial × 2^attempt, capped, with ±20% jitter so many waiting uploads do not retry in lockstep. */
    private Duration backoff(int attempt) {
        long initial = settings.initialBackoff().toMillis();
        long capped = Math.min(settings.maxBackoff().toMillis(), initial << Math.min(attempt, 30));
        return Duration.ofMillis((long) (capped * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
    }

    private static SpooledRecording sameOrRefuse(SpooledRecording waiting, SpoolFiles.Written written) {
        if (waiting.sha256().equals(written.sha256())) {
            return waiting;
        }
        throw new InvalidRecordingException("a different recording for " + waiting.key() + " is already waiting "
                + "to be stored (SHA-256 " + waiting.sha256() + "); recordings are never replaced");
    }
}
