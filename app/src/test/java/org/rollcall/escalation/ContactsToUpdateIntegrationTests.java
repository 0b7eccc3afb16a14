package org.rollcall.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallPurpose;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.ContactRole;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contacts found wrong while Rollcall used them are listed for admins, over real HTTP, until corrected: the carer's
 * number an operator marked wrong, and email addresses on record that the outbox cannot send to (the message to
 * them kept in the outbox as failed with why, and the duty address told instead, through real SMTP).
 */
@RollcallIntegrationTest
// one context for the escalation tests without robots: their carer calls stay due, for no other test's operator
@TestPropertySource(properties = "rollcall.demo.seed=17017")
class ContactsToUpdateIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired CarerCallDesk desk;
    @Autowired CallLog calls;
    @Autowired EscalationSettings settings;
    @Autowired Accounts accounts;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, JsonNode json) {
    }

    @Test
    void aWrongNumberListsTheCarerForAdminsOnlyUntilTheNumberIsCorrected() throws Exception {
        var f = EscalationFixtures.create(directory, clock, "Wrong Number Shire", "951", "01632 960451")
                .withContacts(directory, "07700 900451", "alex.worker@wrong-number.example.org");
        accounts.createUser("admin-wrong", "Admin", "admin-wrong-1", Role.ADMIN, null);
        accounts.createUser("la-wrong", "Wrong LA user", "la-wrong-1", Role.AUTHORITY, f.authority());
        attendance.record(new RecordMark(f.child(), f.school(), f.today(), Session.AM, "N", "not known", null, null,
                "op-school"));
        CallSummary carerCall = await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(f.today()).stream()
                .filter(c -> c.purpose() == CallPurpose.CARER && c.provisionId().equals(f.school())).toList(),
                l -> !l.isEmpty()).getFirst();

        desk.wrongNumber(carerCall.id(), "op-wrong");

        JsonNode flagged = listed("admin-wrong", "Carer of Robin Example");
        assertThat(flagged.path("name").stringValue()).isEqualTo("Sam Carer");
        assertThat(flagged.path("found").stringValue()).isEqualTo("07700900451");
        assertThat(flagged.path("reason").stringValue()).isEqualTo("Wrong number: the carer call for Robin Example "
                + "on Wednesday 2 December 2026 reached someone else");
        assertThat(flagged.path("flaggedBy").stringValue()).isEqualTo("op-wrong");
        assertThat(flagged.path("flaggedAt").stringValue()).startsWith("2026-12-02T");
        assertThat(send("GET", "/api/v1/admin/contacts-to-update", "la-wrong", null).status()).isEqualTo(403);
        Escalation e = escalations.find(f.child(), f.today(), Trigger.UNAUTHORISED_ABSENCE).orElseThrow();
        assertThat(escalations.timeline(e.id())).extracting(TimelineEntry::step).contains(Step.WRONG_NUMBER);
        assertThat(awaitMail("alex.worker@wrong-number.example.org").text()).contains("reached someone else");

        // Correcting it: a bad number is refused saying why and changes nothing; a good one clears the flag.
        String path = "/api/v1/admin/contacts/" + flagged.path("contactId").stringValue();
        Answer refused = send("PUT", path, "admin-wrong", "{\"phone\": \"12345\", \"email\": \"\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").stringValue()).startsWith("phone: '12345' is not a valid UK "
                + "telephone number");
        assertThat(send("PUT", path, "la-wrong", "{\"phone\": \"07700 900452\"}").status()).isEqualTo(403);
        listed("admin-wrong", "Carer of Robin Example");
        Answer corrected = send("PUT", path, "admin-wrong", "{\"phone\": \"07700 900452\", \"email\": \"\"}");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().path("phone").stringValue()).isEqualTo("07700900452");
        assertThat(whats(send("GET", "/api/v1/admin/contacts-to-update", "admin-wrong", null).json()))
                .doesNotContain("Carer of Robin Example");
        assertThat(send("PUT", "/api/v1/admin/contacts/3f2b8c9e-4d1a-4c2b-9f3e-2a1b0c9d8e7f", "admin-wrong",
                "{\"phone\": \"07700 900452\"}").status()).isEqualTo(404);
    }

    @Test
    void anInvalidAddressOnRecordIsFailedInTheOutboxWithWhyAndListedAndTheDutyAddressIsTold() throws Exception {
        var f = EscalationFixtures.create(directory, clock, "Typo Shire", "952", "01632 960452");
        directory.addContact(f.child(), ContactRole.SOCIAL_WORKER, "Alex Worker", null,
                "alex.worker@typo.example.org");
        directory.addDesignatedTeacher(f.school(), "Pat Teacher", UkPhoneNumber.parse("01632 960459"),
                "pat.teacher@typo-primary.example.org");
        // Addresses on record from before they were checked strictly (entry now refuses them): not ones mail can go to.
        jdbc.sql("UPDATE contact SET email = 'alex.worker@typo..example.org' WHERE email = "
                + "'alex.worker@typo.example.org'").update();
        jdbc.sql("UPDATE contact SET email = 'pat.teacher@typo-primary,example.org' WHERE email = "
                + "'pat.teacher@typo-primary.example.org'").update();
        settings.set(f.authority(), "duty@typo-shire.example.org", null);
        accounts.createUser("admin-typo", "Admin", "admin-typo-1", Role.ADMIN, null);
        attendance.record(new RecordMark(f.child(), f.school(), f.today(), Session.AM, "E", "suspended", null, null,
                "op-typo"));
        Escalation e = await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(f.child(), f.today(),
                Trigger.EXCLUSION), o -> o.isPresent()).orElseThrow();

        // The duty address is told instead, through real SMTP; nothing goes to the bad addresses.
        assertThat(awaitMail("duty@typo-shire.example.org").subject()).startsWith("Exclusion: Robin E.");
        // Both messages are in the outbox as failed, with why, never tried.
        JsonNode outbox = send("GET", "/api/v1/admin/outbox", "admin-typo", null).json();
        List<JsonNode> failed = StreamSupport.stream(outbox.spliterator(), false)
                .filter(m -> m.path("recipient").stringValue().contains("typo")
                        && m.path("status").stringValue().equals("FAILED")).toList();
        assertThat(failed).extracting(m -> m.path("recipient").stringValue()).containsExactlyInAnyOrder(
                "alex.worker@typo..example.org", "pat.teacher@typo-primary,example.org");
        assertThat(failed).allSatisfy(m -> {
            assertThat(m.path("attempts").intValue()).isZero();
            assertThat(m.path("lastError").stringValue()).contains("is not a valid email address, so this message "
                    + "could not be sent; correct it under Contacts to update");
        });
        assertThat(failed).extracting(m -> m.path("subject").stringValue()).anySatisfy(s -> assertThat(s)
                .startsWith("Exclusion letter requested: Robin E."));
        assertThat(mailbox.messages()).noneMatch(m -> m.to().stream().anyMatch(t -> t.contains("typo..")
                || t.contains("typo-primary")));
        // Resending cannot help until the address is corrected, and says so.
        Answer resend = send("POST", "/api/v1/admin/outbox/" + failed.getFirst().path("id").stringValue()
                + "/resend", "admin-typo", null);
        assertThat(resend.status()).isEqualTo(400);
        assertThat(resend.json().path("detail").stringValue()).contains("cannot be resent").contains("Contacts to "
                + "update");

        JsonNode worker = listed("admin-typo", "Social worker of Robin Example");
        assertThat(worker.path("found").stringValue()).isEqualTo("alex.worker@typo..example.org");
        assertThat(worker.path("reason").stringValue()).isEqualTo("Email address is not valid: alert to the social "
                + "worker when a child is excluded could not be sent to it");
        assertThat(worker.path("flaggedBy").stringValue()).isEqualTo("Rollcall");
        JsonNode teacher = listed("admin-typo", "Designated teacher at Typo Shire Primary");
        assertThat(teacher.path("found").stringValue()).isEqualTo("pat.teacher@typo-primary,example.org");
        await().atMost(Duration.ofSeconds(10)).until(() -> escalations.timeline(e.id()).stream()
                .filter(t -> t.step() == Step.ADDRESS_NOT_VALID).count() == 2);
        assertThat(escalations.timeline(e.id())).extracting(TimelineEntry::step).contains(Step.DUTY_ADDRESS_TOLD);

        // A corrected address must be one the outbox can send to.
        String path = "/api/v1/admin/contacts/" + worker.path("contactId").stringValue();
        Answer refused = send("PUT", path, "admin-typo", "{\"email\": \"alex.worker@typo..example.org\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").stringValue()).isEqualTo("'alex.worker@typo..example.org' is not "
                + "an email address: use one address such as name@example.org (no name, spaces or list)");
        assertThat(send("PUT", path, "admin-typo", "{\"email\": \"alex.worker@typo.example.org\"}").status())
                .isEqualTo(200);
        assertThat(whats(send("GET", "/api/v1/admin/contacts-to-update", "admin-typo", null).json()))
                .doesNotContain("Social worker of Robin Example").contains("Designated teacher at Typo Shire Primary");
    }

    private JsonNode listed(String admin, String what) throws Exception {
        Answer list = send("GET", "/api/v1/admin/contacts-to-update", admin, null);
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.json().spliterator(), false)
                .filter(n -> n.path("what").stringValue().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError(what + " is not listed: " + list.json()));
    }

    private static List<String> whats(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path("what").stringValue()).toList();
    }

    private ReceivedMail awaitMail(String to) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messages().stream()
                .filter(m -> m.to().contains(to)).toList(), l -> !l.isEmpty()).getFirst();
    }

    private Answer send(String method, String path, String user, String body) throws IOException,
            InterruptedException {
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
}
