package org.rollcall.recording.internal;

import org.rollcall.recording.storage.RecordingStorageProperties;
import org.rollcall.recordings.RecordingStore;
import org.rollcall.recordings.local.LocalS3Server;
import org.rollcall.recordings.spool.RecordingSpool;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecordingSpoolConfiguration {

    /** Started at once: recordings spooled before a restart are uploaded as soon as the app is back. */
    @Bean(destroyMethod = "close")
    RecordingSpool recordingSpool(RecordingStore store, RecordingStorageProperties properties,
                                  RecordingLinker linker, ObjectProvider<LocalS3Server> embedded) {
        RecordingSpool spool = new RecordingSpool(store, properties.spool().settings(), linker);
        spool.start();
        // the embedded S3 API died and is back: what piled up meanwhile goes now, not after its backoff
        embedded.ifAvailable(server -> server.onRestart(spool::retryNow));
        return spool;
    }
}
