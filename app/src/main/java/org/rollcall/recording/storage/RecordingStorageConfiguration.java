package org.rollcall.recording.storage;

import java.time.Clock;

import org.rollcall.recordings.DocumentStore;
import org.rollcall.recordings.RecordingStoreException;
import org.rollcall.recordings.local.LocalS3Server;
import org.rollcall.recordings.s3.S3RecordingStore;
import org.rollcall.recordings.s3.S3Settings;
import org.rollcall.recordings.spool.RecordingSpool;
import org.rollcall.recordings.spool.SpoolSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The RecordingStore bean on the configured S3 API, or on an embedded S3Proxy when no endpoint is configured (the
 * app then runs on a fresh machine through the same S3 code path). The RecordingSpool is created by the recording
 * module with its listener, from the {@link SpoolSettings} bean here.
 */
@Configuration(proxyBeanMethods = false)
class RecordingStorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RecordingStorageConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(NoS3EndpointConfigured.class)
    LocalS3Server embeddedS3(RecordingStorageProperties properties) {
        var server = LocalS3Server.start(properties.embeddedDataDirectory(), 0);
        log.info("Embedded S3 API (S3Proxy) on {}, data under {} (set rollcall.recording.s3.endpoint to use your "
                + "own)", server.endpoint(), properties.embeddedDataDirectory().toAbsolutePath().normalize());
        return server;
    }

    @Bean(destroyMethod = "close")
    S3RecordingStore recordingStore(RecordingStorageProperties properties, ObjectProvider<LocalS3Server> embedded,
                                    Clock clock) {
        LocalS3Server server = embedded.getIfAvailable();
        S3Settings settings = server == null ? properties.s3().settings()
                : properties.s3().settings(server.endpoint(), server.region(), server.accessKey(),
                        server.secretKey());
        var store = S3RecordingStore.create(settings, clock);
        if (server != null || properties.s3().createBucket()) {
            store.ensureBucket();
        }
        log.info("Recordings are stored in bucket {} at {}", settings.bucket(),
                settings.endpoint() == null ? "AWS S3 " + settings.region() : settings.endpoint());
        askWhatTheS3ApiRefuses(store);
        return store;
    }

    /**
     * With overwrite-check auto, the S3 API is asked now (the answer is logged) rather than at the first store. An
     * S3 API that cannot be reached does not stop the app: the spool keeps recordings until it can, and the first
     * store asks again.
     */
    private static void askWhatTheS3ApiRefuses(S3RecordingStore store) {
        try {
            log.info("Recordings are kept from being overwritten by {}; upload bodies are {}", store.overwriteCheck(),
                    store.signsBodies() ? "SigV4-signed" : "bound to the signature by their SHA-256 header");
        } catch (RecordingStoreException e) {
            log.warn("Could not ask the S3 API how to keep recordings from being overwritten; the first store will "
                    + "ask again: {}", e.getMessage());
        }
    }

    /** Documents (exclusion letters) in the recordings' bucket, with the same encryption and checksums. */
    @Bean
    DocumentStore documentStore(S3RecordingStore recordingStore) {
        return recordingStore.documents();
    }

    /** Health component "s3"; the embedded S3Proxy restarts itself when it dies (LocalS3Server). */
    @Bean
    HealthIndicator s3HealthIndicator(S3RecordingStore store, ObjectProvider<LocalS3Server> embedded,
                                      ObjectProvider<RecordingSpool> spool) {
        return new S3Health(store, embedded.getIfAvailable(), spool);
    }

    @Bean
    SpoolSettings recordingSpoolSettings(RecordingStorageProperties properties) {
        return properties.spool().settings();
    }
}
