package org.rollcall.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rollcall.RollcallApplication;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageStatus;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.notify.NotifyTestKinds;
import org.rollcall.notify.ReceivedMail;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Messages pending when the application stops are sent once by the next start on the same database: the outbox, not
 * memory, holds them. Two application contexts one after the other on one PostgreSQL and one relay.
 */
class OutboxRestartIntegrationTests {

    /** As command-line arguments: they override application.yml (builder properties would not). */
    private static String[] arguments(String jdbcUrl, int smtpPort, String clockStart) {
        return java.util.stream.Stream.of(
                "spring.datasource.url=" + jdbcUrl, "spring.datasource.username=postgres",
                "rollcall.platform.data-directory=target/it-data/" + UUID.randomUUID(),
                "server.port=0", "management.server.port=0", "server.shutdown=immediate",
                "spring.lifecycle.timeout-per-shutdown-phase=5s",
                "rollcall.platform.clock-start=" + clockStart, "rollcall.platform.weekend-as-weekday=true",
                "rollcall.directory.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort,
                "spring.mail.properties[mail.smtp.starttls.required]=false",
                "rollcall.notify.allow-smtp-without-tls=true", "rollcall.notify.initial-delay=500ms",
                "rollcall.notify.max-delay=1s", "rollcall.notify.poll-interval=200ms", "rollcall.notify.embedded-smtp-port=0")
                .map(p -> "--" + p).toArray(String[]::new);
    }

    private static ConfigurableApplicationContext start(String jdbcUrl, int smtpPort, String clockStart) {
        return new SpringApplicationBuilder(RollcallApplication.class, NotifyTestKinds.class)
                .run(arguments(jdbcUrl, smtpPort, clockStart));
    }

    @Test
    void messagesPendingAtShutdownAreSentOnceAfterTheNextStart() throws IOException {
        SmtpRelay relay = new SmtpRelay();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(0).start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            List<MessageId> ids;
            try (ConfigurableApplicationContext first = start(url, relay.port, "2026-12-02T10:30")) {
                AuthorityId authority = first.getBean(DirectoryAdmin.class).createAuthority("Restart Borough",
                        Nation.ENGLAND, "883");
                Notifications notifications = first.getBean(Notifications.class);
                ids = first.getBean(TransactionTemplate.class).execute(s -> IntStream.range(0, 3)
                        .mapToObj(i -> notifications.queue(NewMessage.of(NotifyTestKinds.NOTICE, authority,
                                "restart" + i + "@example.org", Map.of("child", "Ella", "school", "Brookside"))))
                        .toList());
                // The relay is down: every message has been tried and is waiting when the application stops.
                await().atMost(Duration.ofSeconds(10)).until(() -> ids.stream()
                        .map(id -> notifications.find(id).orElseThrow()).allMatch(m -> m.attempts() >= 1));
                assertThat(ids.stream().map(id -> notifications.find(id).orElseThrow().status()))
                        .containsOnly(MessageStatus.PENDING);
            }
            relay.start();
            // Each start sets the test clock afresh: the second starts later, as time goes on in production.
            try (ConfigurableApplicationContext second = start(url, relay.port, "2026-12-02T10:45")) {
                Notifications notifications = second.getBean(Notifications.class);
                await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream()
                        .map(id -> notifications.find(id).orElseThrow())
                        .allMatch(m -> m.status() == MessageStatus.SENT));
                Map<String, Long> arrivals = relay.received().stream()
                        .collect(Collectors.groupingBy(ReceivedMail::messageId, Collectors.counting()));
                assertThat(arrivals).hasSize(3).allSatisfy((header, count) -> assertThat(count).isEqualTo(1));
                assertThat(arrivals.keySet()).containsExactlyInAnyOrderElementsOf(ids.stream()
                        .map(id -> notifications.find(id).orElseThrow().messageIdHeader()).toList());
            }
        } finally {
            relay.stop();
        }
    }
}
