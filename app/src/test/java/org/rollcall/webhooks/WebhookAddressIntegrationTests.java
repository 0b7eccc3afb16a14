package org.rollcall.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.webhooks.WebhookFixture.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * With allow-private-addresses=false, as in production: private, loopback, link-local and unique-local addresses (and
 * a host name resolving to one) are refused when subscribing, over REST, and nothing is stored; a subscription whose
 * host resolves to one by the time of sending (stored here straight in the table, as if its DNS had changed) is never
 * sent to (its https receiver, which this context's client would trust, hears nothing).
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.webhooks.allow-private-addresses=false",
        "rollcall.webhooks.poll-interval=200ms"})
@Import(TestCertificate.class)
class WebhookAddressIntegrationTests {

    @LocalServerPort int port;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void privateAddressesAreRefusedWhenSubscribingAndNothingIsStored() throws Exception {
        var a = WebhookFixture.create(directory, accounts, "Private Hook Shire", "971", "01632 960701",
                LocalDate.now(clock));
        String[][] refused = {
                {"https://10.0.0.5/hook", "resolves to 10.0.0.5, a private address"},
                {"https://127.0.0.1/hook", "resolves to 127.0.0.1, a loopback address"},
                {"https://[::1]:8443/hook", "a loopback address"},
                {"https://169.254.169.254/latest/meta-data/", "resolves to 169.254.169.254, a link-local address"},
                {"https://[fd00::1]/hook", "a unique-local address"},
                {"https://localhost:8443/hook", "the host 'localhost' resolves to"}};
        for (String[] row : refused) {
            Answer answer = a.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + row[0] + "\", \"events\": "
                    + "[\"mark.recorded\"]}");
            assertThat(answer.status()).as(row[0]).isEqualTo(400);
            assertThat(answer.json().path("title").stringValue()).isEqualTo("Refused: nothing was stored");
            assertThat(answer.json().path("detail").stringValue()).as(row[0]).contains(row[1])
                    .endsWith("webhooks go only to public internet addresses");
        }
        assertThat(a.send(port, "GET", "/api/v1/webhooks", null).json().size()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_subscription WHERE authority_id = ?")
                .param(a.authority().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void anAddressThatResolvesPrivateBySendingTimeIsNeverSentTo() throws Exception {
        var a = WebhookFixture.create(directory, accounts, "Rebound Hook Shire", "972", "01632 960702",
                LocalDate.now(clock));
        try (Receiver receiver = new Receiver()) {
            jdbc.sql("""
                            INSERT INTO webhook_subscription (id, authority_id, url, events, secret, created_by,
                                created_at) VALUES (?, ?, ?, ARRAY['mark.recorded'], ?, 'test', ?)""")
                    .params(UUID.randomUUID(), a.authority().value(), receiver.url("/rebound"),
                            "whsec_" + "x".repeat(43), java.sql.Timestamp.from(clock.instant())).update();
            attendance.record(new RecordMark(a.child(), a.school(), LocalDate.now(clock), Session.AM, "/", null,
                    null, null, "op-hook"));

            var failed = await().atMost(Duration.ofSeconds(20)).until(() -> a.send(port, "GET",
                    "/api/v1/webhooks/deliveries", null).json().path("items"), items -> items.size() == 1
                    && items.get(0).path("status").stringValue().equals("FAILED")).get(0);
            assertThat(failed.path("lastError").stringValue()).isEqualTo("refused: the host '127.0.0.1' resolves "
                    + "to 127.0.0.1, a loopback address: webhooks go only to public internet addresses");
            assertThat(failed.path("lastStatusCode").isNull()).isTrue();
            Thread.sleep(500);
            assertThat(receiver.received("/rebound")).isEmpty();
        }
    }
}
