package org.rollcall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Completed event publications past the kept period go; recent and incomplete ones stay. */
@RollcallIntegrationTest
class CompletedEventsPurgeIntegrationTests {

    @Autowired CompletedEventsPurge purge;
    @Autowired PlatformProperties properties;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void onlyCompletedPublicationsOlderThanTheKeptPeriodAreDeleted() {
        Instant now = clock.instant();
        Duration kept = properties.completedEventsKept();
        UUID old = publication(now.minus(kept).minusSeconds(3600), now.minus(kept).minusSeconds(60));
        UUID recent = publication(now.minus(kept).minusSeconds(3600), now.minus(kept).plusSeconds(3600));
        UUID incomplete = publication(now.minus(kept.multipliedBy(3)), null);

        purge.purge();

        assertThat(jdbc.sql("SELECT id FROM event_publication WHERE listener_id = 'purge-test'").query(UUID.class)
                .list()).containsExactlyInAnyOrder(recent, incomplete).doesNotContain(old);
    }

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                          completion_date, status, completion_attempts)
                        VALUES (?, 'purge-test', 'java.lang.String', ?, ?, ?, ?, 1)""")
                .params(id, "\"" + id + "\"", Timestamp.from(published),
                        completed == null ? null : Timestamp.from(completed),
                        completed == null ? "PUBLISHED" : "COMPLETED")
                .update();
        return id;
    }

    @Test
    void aKeptPeriodUnderAMinuteIsRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> new PlatformProperties(Path.of("data"), 0, ZoneId.of("Europe/London"), false, 1,
                null, false, Duration.ofSeconds(5)))
                .hasMessageContaining("rollcall.platform.completed-events-kept must be at least 1m");
    }

}
