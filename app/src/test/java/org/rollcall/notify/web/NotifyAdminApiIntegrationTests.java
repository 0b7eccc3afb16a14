package org.rollcall.notify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

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
import org.rollcall.notify.MessageStatus;
import org.rollcall.notify.NewMessage;
import org.rollcall.notify.Notifications;
import org.rollcall.notify.NotifyTestKinds;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An authority's wording and signature over real HTTP: admins only; an unknown placeholder, an empty subject or a
 * bad address refused naming it with nothing stored; what is stored is what the next email says, signed with the
 * Virtual School head's name and replying to the Virtual School.
 */
@RollcallIntegrationTest
@Import(NotifyTestKinds.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotifyAdminApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Notifications notifications;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private AuthorityId authority;

    record Answer(int status, JsonNode json) {
    }

    @BeforeAll
    void setUp() {
        authority = directory.createAuthority("Wording Borough", Nation.ENGLAND, "885");
        accounts.createUser("wording-admin", "Wording Admin", "wording-admin-1", Role.ADMIN, null);
        accounts.createUser("wording-qa", "Wording QA", "wording-qa-1", Role.QA, null);
    }

    private Answer send(String method, String path, String user, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + user + "-1").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()));
    }

    private long storedWordings() {
        return jdbc.sql("SELECT count(*) FROM message_wording WHERE authority_id = ?").param(authority.value())
                .query(Long.class).single();
    }

    @Test
    void onlyAdminsMaySeeOrSetTheWords() throws Exception {
        assertThat(send("GET", "/api/v1/admin/authorities/885/messages", null, null).status()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/admin/authorities/885/messages", "wording-qa", null).status()).isEqualTo(403);
        Answer kinds = send("GET", "/api/v1/admin/message-kinds", "wording-admin", null);
        assertThat(kinds.status()).isEqualTo(200);
        assertThat(kinds.json().findValuesAsString("code")).contains("test-notice", "daily-summary");
        assertThat(send("GET", "/api/v1/admin/authorities/999/messages", "wording-admin", null).status())
                .isEqualTo(404);
    }

    @Test
    void badWordingIsRefusedNamingThePlaceholderAndNothingIsStored() throws Exception {
        Answer refused = send("PUT", "/api/v1/admin/authorities/885/messages/test-notice", "wording-admin",
                "{\"subject\": \"{child} {childSurname} was absent\", \"body\": \"UPN {upn}\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("title").stringValue()).isEqualTo("Refused: nothing was stored");
        assertThat(refused.json().path("problems").toString()).contains("unknown placeholder {childSurname}")
                .contains("unknown placeholder {upn}").contains("Test notice may use {child}, {school}");
        Answer empty = send("PUT", "/api/v1/admin/authorities/885/messages/test-notice", "wording-admin",
                "{\"subject\": \"\", \"body\": \"\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("problems").toString()).contains("the subject is empty").contains("the body is "
                + "empty");
        Answer noKind = send("PUT", "/api/v1/admin/authorities/885/messages/no-such-kind", "wording-admin",
                "{\"subject\": \"x\", \"body\": \"y\"}");
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().path("detail").stringValue()).startsWith("there is no kind of message 'no-such-kind'");
        Answer badAddress = send("PUT", "/api/v1/admin/authorities/885/messages/signature", "wording-admin",
                "{\"name\": \"\", \"title\": \"Virtual School Head\", \"virtualSchoolEmail\": \"vs@@example\"}");
        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(badAddress.json().path("problems").toString()).contains("name is required")
                .contains("'vs@@example' is not an email address");
        assertThat(storedWordings()).isZero();
    }

    @Test
    void theAuthoritysWordsAndSignatureAreWhatTheNextEmailSays() throws Exception {
        assertThat(send("PUT", "/api/v1/admin/authorities/885/messages/signature", "wording-admin",
                "{\"name\": \"Dr Ada Lovelace\", \"title\": \"Virtual School Head\", "
                        + "\"virtualSchoolEmail\": \"virtual.school@wording.example.org\"}").status()).isEqualTo(200);
        Answer saved = send("PUT", "/api/v1/admin/authorities/885/messages/test-notice", "wording-admin",
                "{\"subject\": \"Absence: {child}\", \"body\": \"Dear team,\\n\\n{child} missed {school} on {date}.\"}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("wordings").toString()).contains("\"own\":true").contains("Absence: {child}");

        MessageId id = tx.execute(s -> notifications.queue(NewMessage.of(NotifyTestKinds.NOTICE, authority,
                "wording-sw@example.org", Map.of("child", "Isla", "school", "Kingsmead"))));
        await().until(() -> notifications.find(id).orElseThrow().status() == MessageStatus.SENT);
        ReceivedMail mail = await().until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains("wording-sw@example.org")).toList(), l -> !l.isEmpty()).getFirst();
        assertThat(mail.subject()).isEqualTo("Absence: Isla");
        assertThat(mail.text()).contains("Isla missed Kingsmead on 2 December 2026.").contains("Dr Ada Lovelace")
                .contains("Virtual School Head").contains("Wording Borough");
        assertThat(mail.replyTo()).contains("virtual.school@wording.example.org");

        Answer outbox = send("GET", "/api/v1/admin/outbox?limit=500", "wording-admin", null);
        assertThat(outbox.status()).isEqualTo(200);
        JsonNode entry = java.util.stream.StreamSupport.stream(outbox.json().spliterator(), false)
                .filter(e -> e.path("id").stringValue().equals(id.toString())).findFirst().orElseThrow();
        assertThat(entry.path("statusLabel").stringValue()).isEqualTo("Sent");
        assertThat(entry.path("messageId").stringValue()).isEqualTo(mail.messageId());
        Answer notFailed = send("POST", "/api/v1/admin/outbox/" + id + "/resend", "wording-admin", null);
        assertThat(notFailed.status()).isEqualTo(400);
        assertThat(notFailed.json().path("detail").stringValue())
                .isEqualTo("message " + id + " is sent: only a failed message can be resent");
        assertThat(send("POST", "/api/v1/admin/outbox/not-a-uuid/resend", "wording-admin", null).status())
                .isEqualTo(400);

        Answer reset = send("DELETE", "/api/v1/admin/authorities/885/messages/test-notice", "wording-admin", null);
        assertThat(reset.json().path("wordings").toString()).contains("{child} was absent from {school}");
        assertThat(storedWordings()).isZero();
    }
}
