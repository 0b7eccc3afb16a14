package org.rollcall.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.webhooks.WebhookFixture.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end over real HTTP: an authority user subscribes over REST, a mark becomes a signed delivery that
 * a receiver in the test checks with the secret, a 500 is retried and the event delivered once, a receiver that keeps
 * failing ends FAILED, and one authority never sees, replays or deletes another's. The receiver serves https on
 * 127.0.0.1 with a self-signed certificate that only this context's webhook client trusts (TestCertificate); so this
 * context allows private addresses (a test-only setting) but not http. The refusals that setting switches off are
 * WebhookAddressIntegrationTests' and AddressGuardTests'.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.webhooks.allow-private-addresses=true",
        "rollcall.webhooks.poll-interval=200ms", "rollcall.webhooks.initial-delay=300ms",
        "rollcall.webhooks.max-delay=300ms", "rollcall.webhooks.max-attempts=3"})
@Import(TestCertificate.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryIntegrationTests {

    @LocalServerPort int port;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired ApiTokens tokens;
    @Autowired Clock clock;
    private Receiver receiver;
    private LocalDate today;

    @BeforeAll
    void aReceiver() throws Exception {
        receiver = new Receiver();
        today = LocalDate.now(clock);
    }

    @AfterAll
    void stop() {
        receiver.close();
    }

    @Test
    void aFailedDeliveryIsRetriedThenDeliveredOnceSignedWithTheSecret() throws Exception {
        var a = WebhookFixture.create(directory, accounts, "Hook Shire", "961", "01632 960601", today);
        Answer created = a.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/retry")
                + "\", \"events\": [\"absence.recorded\", \"exclusion.recorded\"]}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().path("secret").stringValue();
        assertThat(secret).startsWith("whsec_");
        assertThat(created.json().path("subscription").path("events")).extracting(JsonNode::stringValue)
                .containsExactly("absence.recorded", "exclusion.recorded");
        receiver.answerNext(500);

        mark(a, Session.AM, "/", null); // a present mark: this subscription did not ask for mark.recorded
        mark(a, Session.PM, "N", "Not known yet, school will chase");

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/retry").size() >= 2);
        var attempts = receiver.received("/retry");
        assertThat(attempts).extracting(Receiver.Received::answered).containsExactly(500, 200);
        assertThat(attempts.get(0).header("Rollcall-Event-Id")).isEqualTo(attempts.get(1).header("Rollcall-Event-Id"));
        for (var attempt : attempts) {
            assertThat(Receiver.signatureValid(attempt, secret)).isTrue();
            assertThat(Receiver.signatureValid(attempt, "whsec_not_the_secret")).isFalse();
        }
        JsonNode body = WebhookFixture.JSON.readTree(attempts.get(1).body());
        assertThat(body.path("type").stringValue()).isEqualTo("absence.recorded");
        assertThat(body.path("id").stringValue()).isEqualTo(attempts.get(1).header("Rollcall-Event-Id"));
        assertThat(body.path("authorityId").stringValue()).isEqualTo(a.authority().toString());
        assertThat(body.path("data").path("childId").stringValue()).isEqualTo(a.child().toString());
        assertThat(body.path("data").path("code").stringValue()).isEqualTo("N");
        assertThat(body.path("data").path("session").stringValue()).isEqualTo("PM");
        assertThat(body.path("data").path("date").stringValue()).isEqualTo(today.toString());
        assertThat(attempts.get(1).body()).doesNotContain("Robin", "Hookes", "chase"); // least data: no names, reasons

        JsonNode log = awaitDelivery(a, "DELIVERED");
        assertThat(log.path("attempts").asInt()).isEqualTo(2);
        assertThat(log.path("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(log.path("event").stringValue()).isEqualTo("absence.recorded");
        assertThat(log.path("url").stringValue()).isEqualTo(receiver.url("/retry"));
        assertThat(log.path("deliveredAt").isNull()).isFalse();
        Thread.sleep(1000); // a poll or two later: nothing sent again
        assertThat(receiver.received("/retry")).hasSize(2);
        assertThat(a.send(port, "GET", "/api/v1/webhooks/deliveries", null).json().path("totalItems").asLong())
                .isEqualTo(1);
    }

    @Test
    void oneAuthorityNeitherSeesNorReplaysNorDeletesAnothersAndReplaySendsTheSameEventAgain() throws Exception {
        var a = WebhookFixture.create(directory, accounts, "Own Hook Shire", "962", "01632 960602", today);
        var b = WebhookFixture.create(directory, accounts, "Nosy Hook Shire", "963", "01632 960603", today);
        Answer created = a.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/own")
                + "\", \"events\": [\"mark.recorded\"]}");
        String subscription = created.json().path("subscription").path("id").stringValue();
        String secret = created.json().path("secret").stringValue();
        mark(a, Session.AM, "/", null);
        String delivery = awaitDelivery(a, "DELIVERED").path("id").stringValue();

        assertThat(b.send(port, "GET", "/api/v1/webhooks/deliveries", null).json().path("totalItems").asLong())
                .isZero();
        assertThat(b.send(port, "GET", "/api/v1/webhooks", null).json().size()).isZero();
        Answer replayRefused = b.send(port, "POST", "/api/v1/webhooks/deliveries/" + delivery + "/replay", null);
        assertThat(replayRefused.status()).isEqualTo(404);
        assertThat(replayRefused.json().path("detail").stringValue()).isEqualTo("this authority has no webhook "
                + "delivery " + delivery);
        assertThat(b.send(port, "DELETE", "/api/v1/webhooks/" + subscription, null).status()).isEqualTo(404);
        assertThat(a.send(port, "GET", "/api/v1/webhooks", null).json().size()).isEqualTo(1);
        assertThat(receiver.received("/own")).hasSize(1);

        Answer replayed = a.send(port, "POST", "/api/v1/webhooks/deliveries/" + delivery + "/replay", null);
        assertThat(replayed.status()).isEqualTo(202);
        assertThat(replayed.json().path("replayedBy").stringValue()).isEqualTo(a.user());
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received("/own").size() == 2);
        var both = receiver.received("/own");
        assertThat(both.get(1).header("Rollcall-Event-Id")).isEqualTo(both.get(0).header("Rollcall-Event-Id"));
        assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
        assertThat(Receiver.signatureValid(both.get(1), secret)).isTrue();

        assertThat(a.send(port, "DELETE", "/api/v1/webhooks/" + subscription, null).status()).isEqualTo(204);
        assertThat(a.send(port, "GET", "/api/v1/webhooks", null).json().size()).isZero();
        Answer afterDelete = a.send(port, "POST", "/api/v1/webhooks/deliveries/" + delivery + "/replay", null);
        assertThat(afterDelete.status()).isEqualTo(400);
        assertThat(afterDelete.json().path("detail").stringValue()).contains("deleted subscription");
    }

    @Test
    void aReceiverThatKeepsFailingEndsFailedAfterTheLastAttempt() throws Exception {
        var a = WebhookFixture.create(directory, accounts, "Down Hook Shire", "964", "01632 960604", today);
        a.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/down")
                + "\", \"events\": [\"exclusion.recorded\"]}");
        receiver.answerNext(503, 503, 503);
        mark(a, Session.AM, "E", "Suspended for two days");

        JsonNode log = awaitDelivery(a, "FAILED");
        assertThat(log.path("event").stringValue()).isEqualTo("exclusion.recorded");
        assertThat(log.path("attempts").asInt()).isEqualTo(3);
        assertThat(log.path("lastStatusCode").asInt()).isEqualTo(503);
        assertThat(log.path("lastError").stringValue()).isEqualTo("the receiver answered 503");
        assertThat(receiver.received("/down")).hasSize(3);
    }

    @Test
    void aSlowReceiverDoesNotHoldUpAnotherAuthoritysDeliveries() throws Exception {
        var slow = WebhookFixture.create(directory, accounts, "Slow Hook Shire", "967", "01632 960607", today);
        var fast = WebhookFixture.create(directory, accounts, "Fast Hook Shire", "968", "01632 960608", today);
        receiver.delay("/slow", 5000);
        slow.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/slow")
                + "\", \"events\": [\"mark.recorded\"]}");
        fast.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/fast")
                + "\", \"events\": [\"mark.recorded\"]}");
        mark(slow, Session.AM, "/", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received("/slow").size() == 1);

        long start = System.nanoTime();
        mark(fast, Session.AM, "/", null);
        await().atMost(Duration.ofSeconds(3)).until(() -> receiver.received("/fast").size() == 1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        // The slow receiver is still answering its one request (5 s): the fast one did not wait for it.
        assertThat(awaitDelivery(slow, "DELIVERED").path("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void aNotOnRollMarkSendsChildNotOnRoll() throws Exception {
        var a = WebhookFixture.create(directory, accounts, "Roll Hook Shire", "966", "01632 960606", today);
        String secret = a.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/roll")
                + "\", \"events\": [\"child.not-on-roll\"]}").json().path("secret").stringValue();
        mark(a, Session.AM, "/", null);
        mark(a, Session.PM, "Z", null);

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/roll").size() == 1);
        var received = receiver.received("/roll").getFirst();
        assertThat(received.header("Rollcall-Event-Type")).isEqualTo("child.not-on-roll");
        assertThat(Receiver.signatureValid(received, secret)).isTrue();
        JsonNode body = WebhookFixture.JSON.readTree(received.body());
        assertThat(body.path("data").path("code").stringValue()).isEqualTo("Z");
        assertThat(body.path("data").path("category").stringValue()).isEqualTo("ADMINISTRATIVE");
    }

    @Test
    void badSubscriptionsAreProblemsAndOnlyAuthorityUsersManageWebhooks() throws Exception {
        var a = WebhookFixture.create(directory, accounts, "Strict Hook Shire", "965", "01632 960605", today);
        Answer bogus = a.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/x")
                + "\", \"events\": [\"bogus\"]}");
        assertThat(bogus.status()).isEqualTo(400);
        assertThat(bogus.json().path("detail").stringValue()).isEqualTo("event 'bogus' is not one Rollcall sends: "
                + "use mark.recorded, absence.recorded, exclusion.recorded, child.not-on-roll");
        Answer none = a.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/x") + "\"}");
        assertThat(none.json().path("detail").stringValue()).startsWith("events is missing");
        Answer ftp = a.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"ftp://127.0.0.1/x\", \"events\": "
                + "[\"mark.recorded\"]}");
        assertThat(ftp.json().path("detail").stringValue()).contains("is not https");
        Answer http = a.send(port, "POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url("/x")
                .replace("https:", "http:") + "\", \"events\": [\"mark.recorded\"]}");
        assertThat(http.json().path("detail").stringValue()).contains("is not https");
        assertThat(a.send(port, "GET", "/api/v1/webhooks", null).json().size()).isZero();
        assertThat(a.send(port, "GET", "/api/v1/webhooks/deliveries?size=0", null).json().path("detail")
                .stringValue()).startsWith("size '0' is not valid");

        assertThat(WebhookFixture.send(port, "GET", "/api/v1/webhooks", null, null).status()).isEqualTo(401);
        String token = "Bearer " + tokens.issue(a.authority(), "webhook test");
        assertThat(WebhookFixture.send(port, "GET", "/api/v1/webhooks", null, token).status()).isEqualTo(403);
    }

    private void mark(WebhookFixture f, Session session, String code, String reason) {
        attendance.record(new RecordMark(f.child(), f.school(), today, session, code, reason, null, null, "op-hook"));
    }

    private JsonNode awaitDelivery(WebhookFixture f, String status) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode items = f.send(port, "GET", "/api/v1/webhooks/deliveries", null).json().path("items");
            return items.size() == 1 && items.get(0).path("status").stringValue().equals(status) ? items.get(0) : null;
        }, n -> n != null);
    }
}
