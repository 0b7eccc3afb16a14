package org.rollcall.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDirectory where embedded services keep their files (PostgreSQL cluster, S3 objects, spool)
 * @param embeddedDatabasePort port of the embedded PostgreSQL; 0 picks a free one
 * @param zone the contact centre's time zone; call windows are local times in it
 * @param weekendAsWeekday on Saturday and Sunday run the clock as the coming Monday (same local time), so a demo or a
 *     test shows calls at the weekend (schools are not called at weekends); never for production
 * @param clockSpeed 1 = real time; 60 = an hour a minute, for demos and load runs of a whole day (the simulated
 *     exchange runs at the same pace); never for production
 * @param clockStart the clock starts at this moment and runs on from it (2026-11-28T23:58 local, or with an offset);
 *     tests and demos only; unset = the wall clock
 * @param embeddedDatabaseFsync the embedded PostgreSQL flushes each commit to disk (fsync and synchronous_commit
 *     on), so the run command's data survives a crash or power cut; tests turn it off for speed
 * @param completedEventsKept completed event publications (Spring Modulith's outbox of module events) older than
 *     this are deleted by {@code CompletedEventsPurge}; incomplete ones are never deleted
 */
@ConfigurationProperties("rollcall.platform")
public record PlatformProperties(@DefaultValue("data") Path dataDirectory,
                                 @DefaultValue("54329") int embeddedDatabasePort,
                                 @DefaultValue("Europe/London") ZoneId zone,
                                 @DefaultValue("false") boolean weekendAsWeekday,
                                 @DefaultValue("1") double clockSpeed,
                                 String clockStart,
                                 @DefaultValue("true") boolean embeddedDatabaseFsync,
                                 @DefaultValue("7d") Duration completedEventsKept) {

    public PlatformProperties {
        if (completedEventsKept.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("rollcall.platform.completed-events-kept must be at least 1m (got "
                    + completedEventsKept + "); completed events are kept for diagnosis, for example 7d");
        }
    }
}
