package org.rollcall.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.MessageId;
import org.rollcall.notify.MessageKind;
import org.rollcall.notify.MessageRefusedException;
import org.rollcall.notify.MessageStatus;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.notify.NotifyTestKinds;
import org.rollcall.notify.OutboxMessage;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against the embedded SMTP server (GreenMail, real SMTP over TCP): a message is sent only if the
 * transaction that queued it commits, arrives exactly once with a stable Message-ID and Date, carries its letter as a
 * readable PDF, bad input is refused naming every problem with nothing stored, and several workers racing over the
 * same rows still send each message once.
 */
@RollcallIntegrationTest
@Import(NotifyTestKinds.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxIntegrationTests {

    @Autowired Notifications notifications;
    @Autowired OutboxSender sender;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired DirectoryAdmin directory;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired List<MessageKind> kinds;
    @Autowired Clock clock;
    @Autowired OutboxWorker worker;

    private AuthorityId authority;

    @BeforeAll
    void anAuthority() {
        authority = directory.createAuthority("Outbox Borough", Nation.ENGLAND, "881");
    }

    private MessageId queue(String to, Map<String, String> values) {
        return tx.execute(s -> notifications.queue(NewMessage.of(NotifyTestKinds.NOTICE, authority, to, values)));
    }

    private List<ReceivedMail> receivedBy(String to) {
        return mailbox.messages().stream().filter(m -> m.to().contains(to)).toList();
    }

    private OutboxMessage sent(MessageId id) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> notifications.find(id).orElseThrow(),
                m -> m.status() == MessageStatus.SENT);
    }

    private long outboxRows() {
        return jdbc.sql("SELECT count(*) FROM outbox_message").query(Long.class).single();
    }

    @Test
    void aMessageQueuedInATransactionThatRollsBackIsNeverSent() {
        MessageId id = tx.execute(status -> {
            MessageId queued = notifications.queue(NewMessage.of(NotifyTestKinds.NOTICE, authority,
                    "rolled-back@example.org", Map.of("child", "Amara", "school", "Oakfield School")));
            status.setRollbackOnly();
            return queued;
        });
        // Let a worker round run over everything due: the message is not among it.
        while (sender.sendNext()) {
            // drain
        }
        MessageId committed = queue("after-rollback@example.org", Map.of("child", "Ben", "school", "Riverside"));
        sent(committed);
        assertThat(notifications.find(id)).isEmpty();
        assertThat(receivedBy("rolled-back@example.org")).isEmpty();
        assertThat(receivedBy("after-rollback@example.org")).hasSize(1);
    }

    @Test
    void aCommittedMessageArrivesOnceNamingTheChildOnlyAsTheWordingSays() {
        MessageId id = queue("sw.team@example.org", Map.of("child", "Amara", "school", "Oakfield School"));
        OutboxMessage message = sent(id);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.sentAt()).isAfterOrEqualTo(message.queuedAt());
        ReceivedMail mail = await().until(() -> receivedBy("sw.team@example.org"), l -> !l.isEmpty()).getFirst();
        assertThat(receivedBy("sw.team@example.org")).hasSize(1);
        assertThat(mail.messageId()).isEqualTo(message.messageIdHeader()).isEqualTo("<" + id + "@localhost.localdomain>");
        assertThat(mail.date()).as("Date header from Rollcall's clock when queued")
                .isEqualTo(message.queuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(mail.subject()).isEqualTo("Amara was absent from Oakfield School");
        assertThat(mail.from()).isEqualTo("Rollcall <rollcall@localhost.localdomain>");
        assertThat(mail.text()).contains("Amara was absent from Oakfield School today, 2 December 2026.")
                .contains("The Virtual School").contains("Outbox Borough");
        assertThat(mail.html()).contains("Amara was absent from Oakfield School today, 2 December 2026.");
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void aLetterIsAttachedAsAPdfThatReadsBack() throws IOException {
        MessageKind summary = kinds.stream().filter(k -> k.code().equals("daily-summary")).findFirst().orElseThrow();
        MessageId id = tx.execute(s -> notifications.queue(NewMessage.of(summary, authority, "letter-vs@example.org",
                Map.of("schools", "3", "children", "7", "firstCall", "10:31", "lastCall", "11:46"))));
        sent(id);
        ReceivedMail mail = await().until(() -> receivedBy("letter-vs@example.org"), l -> !l.isEmpty()).getFirst();
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.fileName()).isEqualTo("daily-summary-2026-12-02.pdf");
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.content())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                        .contains("Rollcall today: 3 schools to call for Outbox Borough")
                        .contains("calls 3 schools and provisions about 7 of Outbox Borough's children");
                assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                        .isEqualTo(notifications.find(id).orElseThrow().queuedAt()
                                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            }
        });
    }

    /**
     * The documented limit: if the process dies after the SMTP server accepted a message and before the commit that
     * marks it sent, the message is still waiting and is sent once more, identical, with the same Message-ID.
     * Simulated by rolling back the sending transaction after the server accepted the message.
     */
    @Test
    void aCrashBetweenSmtpAcceptAndTheCommitRepeatsTheMessageOnceIdentically() {
        worker.stop();
        try {
            MessageId id = queue("crash@example.org", Map.of("child", "Harvey", "school", "Larchwood"));
            tx.executeWithoutResult(status -> {
                while (sender.sendNext()) {
                    // sends, and marks sent inside this transaction
                }
                status.setRollbackOnly();
            });
            assertThat(receivedBy("crash@example.org")).hasSize(1);
            assertThat(notifications.find(id).orElseThrow().status()).isEqualTo(MessageStatus.PENDING);
            while (sender.sendNext()) {
                // the next round sends it again and commits
            }
            assertThat(notifications.find(id).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
            List<ReceivedMail> twice = await().until(() -> receivedBy("crash@example.org"), l -> l.size() == 2);
            assertThat(twice.get(1).messageId()).isEqualTo(twice.get(0).messageId());
            assertThat(twice.get(1).date()).isEqualTo(twice.get(0).date());
            assertThat(twice.get(1).text()).isEqualTo(twice.get(0).text());
            while (sender.sendNext()) {
                // nothing more
            }
            assertThat(receivedBy("crash@example.org")).as("never a third time").hasSize(2);
        } finally {
            worker.start();
        }
    }

    @Test
    void badInputIsRefusedNamingEachProblemAndNothingIsQueued() {
        long before = outboxRows();
        assertThatThrownBy(() -> queue("carer@@example", Map.of("child", "Amara", "upn", "A81120260001")))
                .isInstanceOf(MessageRefusedException.class)
                .satisfies(e -> assertThat(((MessageRefusedException) e).problems()).containsExactly(
                        "recipient 'carer@@example' is not an email address: use one address such as "
                                + "name@example.org (no name, spaces or list)",
                        "no value for {school} (the school's name)",
                        "{upn} is not a placeholder of Test notice (it takes {child}, {school}): it would not be "
                                + "shown, so it is not accepted"));
        assertThatThrownBy(() -> queue(" ", Map.of("child", "Amara", "school", "Oakfield")))
                .hasMessageContaining("recipient an email address is required");
        MessageKind undeclared = new MessageKind("undeclared-kind", "Undeclared", List.of(), false);
        assertThatThrownBy(() -> tx.execute(s -> notifications.queue(NewMessage.of(undeclared, authority,
                "x@example.org", Map.of())))).hasMessageContaining("message kind undeclared-kind is not declared");
        assertThatThrownBy(() -> notifications.queue(NewMessage.of(NotifyTestKinds.NOTICE, authority,
                "no-transaction@example.org", Map.of("child", "Amara", "school", "Oakfield"))))
                .as("a message belongs to the caller's transaction").isInstanceOf(IllegalTransactionStateException.class);
        assertThat(outboxRows()).isEqualTo(before);
    }

    @Test
    void theSameDeduplicationKeyQueuesOneMessage() {
        NewMessage once = NewMessage.of(NotifyTestKinds.NOTICE, authority, "dedup@example.org",
                Map.of("child", "Chloe", "school", "Hillcrest")).withDedupKey("test:mark-42");
        MessageId first = tx.execute(s -> notifications.queue(once));
        MessageId again = tx.execute(s -> notifications.queue(once));
        assertThat(again).isEqualTo(first);
        sent(first);
        await().until(() -> receivedBy("dedup@example.org").size() == 1);
        assertThat(receivedBy("dedup@example.org")).hasSize(1);
    }

    @Test
    void workersRacingOverTheSameRowsSendEachMessageOnce() {
        List<MessageId> ids = tx.execute(s -> IntStream.range(0, 40).mapToObj(i -> notifications.queue(
                NewMessage.of(NotifyTestKinds.NOTICE, authority, "race" + i + "@example.org",
                        Map.of("child", "Child " + i, "school", "Race School")))).toList());
        // The node's own worker is woken by the commit; two more workers race it for the same rows.
        List<CompletableFuture<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            workers.add(CompletableFuture.supplyAsync(() -> {
                int sentHere = 0;
                while (sender.sendNext()) {
                    sentHere++;
                }
                return sentHere;
            }));
        }
        workers.forEach(CompletableFuture::join);
        ids.forEach(this::sent);
        Map<String, Long> byMessageId = mailbox.messages().stream()
                .filter(m -> m.to().stream().anyMatch(t -> t.startsWith("race")))
                .collect(Collectors.groupingBy(ReceivedMail::messageId, Collectors.counting()));
        assertThat(byMessageId).hasSize(40).allSatisfy((header, count) -> assertThat(count).as(header).isEqualTo(1));
        assertThat(ids.stream().map(id -> notifications.find(id).orElseThrow()).map(OutboxMessage::attempts))
                .containsOnly(1);
        assertThat(byMessageId.keySet()).containsExactlyInAnyOrderElementsOf(ids.stream()
                .map(id -> notifications.find(id).orElseThrow().messageIdHeader()).toList());
    }
}
