package org.rollcall.recording.storage;

import java.time.Duration;

import org.rollcall.platform.TimedHealth;
import org.rollcall.recordings.local.LocalS3Server;
import org.rollcall.recordings.s3.S3RecordingStore;
import org.rollcall.recordings.spool.RecordingSpool;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health component "s3" (management port): DOWN while the embedded S3Proxy is not running (it is being restarted),
 * or when the bucket does not answer a HEAD within 1.5 s. Details say where recordings go and how many wait in the
 * spool (they are uploaded once the S3 API is back).
 */
final class S3Health implements HealthIndicator {

    private final S3RecordingStore store;
    private final LocalS3Server embedded;
    private final ObjectProvider<RecordingSpool> spool;
    private final TimedHealth bucket;

    S3Health(S3RecordingStore store, LocalS3Server embedded, ObjectProvider<RecordingSpool> spool) {
        this.store = store;
        this.embedded = embedded;
        this.spool = spool;
        this.bucket = new TimedHealth(() -> {
            store.checkBucket();
            return Health.up().build();
        }, Duration.ofMillis(1500), "the S3 API");
    }

    @Override
    public Health health() {
        Health.Builder answer;
        if (embedded != null && !embedded.isRunning()) {
            answer = Health.down().withDetail("reason", "the embedded S3 API (S3Proxy) is not running; it is being "
                    + "restarted");
        } else {
            Health checked = bucket.health();
            answer = Health.status(checked.getStatus()).withDetails(checked.getDetails());
        }
        answer.withDetail("endpoint", store.settings().endpoint() == null ? "AWS S3 " + store.settings().region()
                : store.settings().endpoint().toString()).withDetail("bucket", store.settings().bucket());
        if (embedded != null) {
            answer.withDetail("embedded", "S3Proxy, restarted " + embedded.restarts() + " time(s)");
        }
        RecordingSpool waiting = spool.getIfAvailable();
        if (waiting != null) {
            answer.withDetail("recordingsWaiting", waiting.pending());
        }
        return answer.build();
    }
}
