package org.rollcall.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageRefusedException;
import org.rollcall.notify.MessageStatus;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.notify.NotifyAdmin;
import org.rollcall.notify.NotifyTestKinds;
import org.rollcall.notify.OutboxMessage;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rollcall configured with a relay (spring.mail.host: Spring Boot's own mail sender, the production path) that goes
 * down and comes back on the same port: messages queued meanwhile wait, retry with backoff and are each delivered
 * exactly once; a message that keeps failing ends FAILED with the SMTP error, and an admin's resend delivers it once;
 * a recipient the relay refuses for good (550) fails at once, with the relay's answer.
 */
@RollcallIntegrationTest
@Import(NotifyTestKinds.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1",
        "spring.mail.properties[mail.smtp.starttls.required]=false", "rollcall.notify.allow-smtp-without-tls=true",
        "rollcall.notify.max-attempts=4", "rollcall.notify.initial-delay=1s", "rollcall.notify.multiplier=2",
        "rollcall.notify.max-delay=2s", "rollcall.notify.poll-interval=200ms"})
class SmtpOutageIntegrationTests {

    static final SmtpRelay RELAY = new SmtpRelay();

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> RELAY.port);
    }

    @Autowired Notifications notifications;
    @Autowired NotifyAdmin admin;
    @Autowired ObjectProvider<EmbeddedMailbox> embedded;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired TransactionTemplate tx;

    private AuthorityId authority;

    @BeforeAll
    void relayUp() {
        RELAY.start();
        authority = directory.createAuthority("Relay Borough", Nation.ENGLAND, "882");
        accounts.createUser("relay-admin", "Relay Admin", "relay-admin-1", Role.ADMIN, null);
        accounts.createUser("relay-operator", "Relay Operator", "relay-operator-1", Role.OPERATOR, null);
    }

    @AfterAll
    void relayDown() {
        RELAY.stop();
    }

    private MessageId queue(String to) {
        return tx.execute(s -> notifications.queue(NewMessage.of(NotifyTestKinds.NOTICE, authority, to,
                Map.of("child", "Dylan", "school", "Castle View"))));
    }

    private OutboxMessage message(MessageId id) {
        return notifications.find(id).orElseThrow();
    }

    private List<ReceivedMail> receivedBy(String prefix) {
        return RELAY.received().stream().filter(m -> m.to().getFirst().startsWith(prefix)).toList();
    }

    @Test
    void noEmbeddedServerRunsWhenARelayIsSet() {
        assertThat(embedded.getIfAvailable()).isNull();
    }

    @Test
    void smtpDownThenUpDeliversEachMessageExactlyOnce() {
        RELAY.stop();
        List<MessageId> ids = IntStream.range(0, 5).mapToObj(i -> queue("outage" + i + "@example.org")).toList();
        await().atMost(Duration.ofSeconds(10)).until(() -> ids.stream().map(this::message)
                .allMatch(m -> m.attempts() >= 1 && m.lastError() != null));
        assertThat(ids.stream().map(this::message)).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(MessageStatus.PENDING);
            assertThat(m.lastError()).contains("Couldn't connect to host");
        });
        RELAY.start();
        await().atMost(Duration.ofSeconds(15)).until(() -> ids.stream().map(this::message)
                .allMatch(m -> m.status() == MessageStatus.SENT));
        Map<String, Long> arrivals = receivedBy("outage").stream()
                .collect(Collectors.groupingBy(ReceivedMail::messageId, Collectors.counting()));
        assertThat(arrivals).hasSize(5).allSatisfy((header, count) -> assertThat(count).as(header).isEqualTo(1));
        assertThat(ids.stream().map(this::message).map(OutboxMessage::attempts)).allSatisfy(a -> assertThat(a)
                .isBetween(2, 4));
    }

    @Test
    void aRecipientTheRelayRefusesForGoodFailsAtOnceWithTheServersAnswer() throws Exception {
        RELAY.stop();
        try (RefusingSmtpServer refusing = new RefusingSmtpServer(RELAY.port)) {
            MessageId id = queue("nobody@example.org");
            OutboxMessage failed = await().atMost(Duration.ofSeconds(10)).until(() -> message(id),
                    m -> m.status() == MessageStatus.FAILED);
            assertThat(failed.attempts()).as("a permanent refusal is not retried").isEqualTo(1);
            assertThat(failed.lastError()).contains("550 5.1.1 <nobody@example.org>: Recipient address rejected");
            assertThat(refusing.conversations.get()).isEqualTo(1);
        } finally {
            RELAY.start();
        }
    }

    @Test
    void aMessageThatKeepsFailingIsShownFailedAndAnAdminsResendDeliversItOnce() {
        RELAY.stop();
        MessageId id = queue("keeps-failing@example.org");
        OutboxMessage failed = await().atMost(Duration.ofSeconds(20)).until(() -> message(id),
                m -> m.status() == MessageStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).contains("Couldn't connect to host").contains(String.valueOf(RELAY.port));
        RELAY.start();

        SignIn.as(users, contexts, "relay-operator");
        assertThatThrownBy(() -> admin.resend(id, "relay-operator")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, contexts, "relay-admin");
        assertThat(admin.outbox(100)).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.status().label()).isEqualTo("Failed");
        });
        OutboxMessage resent = admin.resend(id, "relay-admin");
        assertThat(resent.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(resent.attempts()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> message(id).status() == MessageStatus.SENT);
        assertThat(receivedBy("keeps-failing")).hasSize(1);
        assertThatThrownBy(() -> admin.resend(id, "relay-admin")).isInstanceOf(MessageRefusedException.class)
                .hasMessage("message " + id + " is sent: only a failed message can be resent");
    }
}
