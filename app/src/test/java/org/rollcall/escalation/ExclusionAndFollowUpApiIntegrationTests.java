package org.rollcall.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.notify.EmbeddedMailbox;
import org.rollcall.notify.ReceivedMail;
import org.rollcall.recordings.DocumentKey;
import org.rollcall.recordings.DocumentStore;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An exclusion alerts the social worker and asks the school's designated teacher for the letter (real SMTP), shows
 * as outstanding for the school; escalations are read over real HTTP by their own authority only.
 */
@RollcallIntegrationTest
// one context for the escalation tests without robots: their carer calls stay due, for no other test's operator
@TestPropertySource(properties = "rollcall.demo.seed=17017")
class ExclusionAndFollowUpApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired EscalationSettings settings;
    @Autowired Accounts accounts;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore documents;
    @Autowired Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, JsonNode json) {
    }

    @Test
    void anExclusionAlertsTheSocialWorkerAsksForTheLetterAndIsSeenByItsAuthorityOnly() throws Exception {
        var f = EscalationFixtures.create(directory, clock, "Excluding Shire", "941", "01632 960401")
                .withContacts(directory, "07700 900401", "alex.worker@excluding.example.org");
        directory.addDesignatedTeacher(f.school(), "Pat Teacher", UkPhoneNumber.parse("01632 960499"),
                "pat.teacher@excluding-primary.example.org");
        var other = EscalationFixtures.create(directory, clock, "Other Shire", "942", "01632 960402");
        accounts.createUser("la-excluding", "Excluding LA user", "la-excluding-1", Role.AUTHORITY, f.authority());
        accounts.createUser("la-other", "Other LA user", "la-other-1", Role.AUTHORITY, other.authority());
        accounts.createUser("sup-follow", "Supervisor", "sup-follow-1", Role.SUPERVISOR, null);
        accounts.createUser("admin-follow", "Admin", "admin-follow-1", Role.ADMIN, null);

        attendance.record(new RecordMark(f.child(), f.school(), f.today(), Session.AM, "E",
                "fixed-term suspension, two days", null, null, "op-ex"));
        Escalation e = await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(f.child(), f.today(),
                Trigger.EXCLUSION), o -> o.isPresent()).orElseThrow();

        ReceivedMail alert = awaitMail("alex.worker@excluding.example.org");
        assertThat(alert.subject()).isEqualTo("Exclusion: Robin E. at Excluding Shire Primary, Wednesday 2 December "
                + "2026");
        assertThat(alert.text()).contains("Excluding Shire Primary has recorded Robin E. as excluded (code E "
                + "(Suspended or excluded, no alternative provision)) for the morning of Wednesday 2 December 2026.")
                .contains("The school's reason: fixed-term suspension, two days");
        ReceivedMail request = awaitMail("pat.teacher@excluding-primary.example.org");
        assertThat(request.subject()).isEqualTo("Exclusion letter requested: Robin E., Wednesday 2 December 2026");
        assertThat(request.text()).startsWith("Dear Pat Teacher,").contains("copy of the exclusion letter");
        await().atMost(Duration.ofSeconds(10)).until(() -> escalations.timeline(e.id()).size() == 3);
        assertThat(escalations.timeline(e.id())).extracting(TimelineEntry::step).containsExactly(Step.OPENED,
                Step.SOCIAL_WORKER_TOLD, Step.LETTER_REQUESTED);
        assertThat(escalations.find(e.id()).orElseThrow().state()).isEqualTo(EscalationState.LETTER_REQUESTED);
        assertThat(escalations.lettersOutstanding(f.school())).extracting(Escalation::id).containsExactly(e.id());
        assertThat(escalations.lettersOutstanding(other.school())).isEmpty();

        // Over HTTP: the child's authority lists it with its timeline in words; another authority neither lists
        // nor opens it (refused and audited); supervisors see it among the open ones.
        Answer mine = send("GET", "/api/v1/escalations", "la-excluding", null);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("from").stringValue()).isEqualTo("2026-12-02");
        JsonNode listed = mine.json().path("escalations").get(0);
        assertThat(listed.path("id").stringValue()).isEqualTo(e.id().toString());
        assertThat(listed.path("child").stringValue()).isEqualTo("Robin Example");
        assertThat(listed.path("trigger").stringValue()).isEqualTo("Exclusion");
        assertThat(listed.path("state").stringValue()).isEqualTo("Exclusion letter requested");
        assertThat(listed.path("letterOverdue").booleanValue()).isFalse(); // asked for today
        assertThat(listed.path("timeline").get(2).path("step").stringValue()).isEqualTo("Exclusion letter requested");
        assertThat(send("GET", "/api/v1/escalations", "la-other", null).json().path("escalations").size()).isZero();
        assertThat(send("GET", "/api/v1/escalations/" + e.id(), "la-other", null).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = 'la-other' AND action = "
                + "'VIEW_ESCALATION_REFUSED'").query(Integer.class).single()).isEqualTo(1);
        assertThat(send("GET", "/api/v1/escalations/" + e.id(), "la-excluding", null).status()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/escalations/open", "la-excluding", null).status()).isEqualTo(403);
        Answer open = send("GET", "/api/v1/escalations/open", "sup-follow", null);
        assertThat(ids(open.json())).contains(e.id().toString());
        assertThat(send("GET", "/api/v1/escalations", null, null).status()).isEqualTo(401);
        Answer badDate = send("GET", "/api/v1/escalations?from=2-12-2026", "la-excluding", null);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("detail").stringValue()).isEqualTo("from '2-12-2026' is not a date: use "
                + "YYYY-MM-DD, for example 2026-12-02");
    }

    @Test
    void adminsSetTheDutyAddressAndCarerScriptAndABadAddressIsRefusedNamingIt() throws Exception {
        var f = EscalationFixtures.create(directory, clock, "Settings Shire", "943", "01632 960403");
        accounts.createUser("admin-settings", "Admin", "admin-settings-1", Role.ADMIN, null);
        Answer refused = send("PUT", "/api/v1/admin/authorities/943/escalation", "admin-settings",
                "{\"dutyEmail\": \"duty at settings\", \"carerScript\": \"Hello\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").stringValue()).startsWith("duty address: 'duty at settings' is "
                + "not an email address");
        assertThat(send("GET", "/api/v1/admin/authorities/943/escalation", "admin-settings", null).json()
                .path("ownScript").booleanValue()).isFalse();
        Answer saved = send("PUT", "/api/v1/admin/authorities/943/escalation", "admin-settings",
                "{\"dutyEmail\": \"duty@settings-shire.example.org\", \"carerScript\": \"Hello from Settings.\"}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("dutyEmail").stringValue()).isEqualTo("duty@settings-shire.example.org");
        assertThat(saved.json().path("carerScript").stringValue()).isEqualTo("Hello from Settings.");
        assertThat(saved.json().path("socialWorkerChannel").stringValue()).isEqualTo("email"); // Rollcall's default
        assertThat(saved.json().path("ownChannel").booleanValue()).isFalse();

        // How social workers are told: email or call, nothing else, and nothing is half-saved.
        Answer badChannel = send("PUT", "/api/v1/admin/authorities/943/escalation", "admin-settings",
                "{\"dutyEmail\": \"other@settings-shire.example.org\", \"socialWorkerChannel\": \"fax\"}");
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.json().path("detail").stringValue()).isEqualTo("social-worker channel 'fax' is not "
                + "one we know: use email or call");
        assertThat(send("GET", "/api/v1/admin/authorities/943/escalation", "admin-settings", null).json()
                .path("dutyEmail").stringValue()).isEqualTo("duty@settings-shire.example.org");
        Answer call = send("PUT", "/api/v1/admin/authorities/943/escalation", "admin-settings",
                "{\"dutyEmail\": \"duty@settings-shire.example.org\", \"socialWorkerChannel\": \" Call \"}");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.json().path("socialWorkerChannel").stringValue()).isEqualTo("call");
        assertThat(call.json().path("ownChannel").booleanValue()).isTrue();
        assertThat(settings.get(f.authority()).socialWorkerChannel()).isEqualTo(SocialWorkerChannel.CALL);

        assertThat(send("GET", "/api/v1/admin/authorities/999/escalation", "admin-settings", null).status())
                .isEqualTo(404);
        assertThat(f.authority()).isNotNull();
    }

    @Test
    void adminsSetTheAuthoritysCarerHoursOverRestAndBadOnesAreRefusedWithNothingHalfSaved() throws Exception {
        var f = EscalationFixtures.create(directory, clock, "Hours Api Shire", "776", "01632 960776");
        accounts.createUser("admin-carer-hours", "Admin", "admin-carer-hours-1", Role.ADMIN, null);
        String path = "/api/v1/admin/authorities/776/escalation";
        JsonNode before = send("GET", path, "admin-carer-hours", null).json();
        assertThat(before.path("carerContactFrom").stringValue()).isEqualTo("09:00");
        assertThat(before.path("carerAttempts").intValue()).isEqualTo(3);
        assertThat(before.path("ownCarerHours").booleanValue()).isFalse();

        Answer backwards = send("PUT", path, "admin-carer-hours", "{\"dutyEmail\": \"duty@hours-api.example.org\", "
                + "\"carerContactFrom\": \"12:00\", \"carerContactUntil\": \"10:00\", \"carerAttempts\": 11}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().path("detail").stringValue()).isEqualTo("carer-contact hours must end after "
                + "they start, not 12:00 to 10:00; attempts to reach a carer must be 1 to 10, not 11");
        Answer notATime = send("PUT", path, "admin-carer-hours", "{\"carerContactFrom\": \"25:00\"}");
        assertThat(notATime.status()).isEqualTo(400);
        assertThat(notATime.json().path("detail").stringValue()).isEqualTo("carerContactFrom: '25:00' is not a "
                + "time: give hours and minutes on the 24-hour clock, such as 09:00");
        JsonNode unchanged = send("GET", path, "admin-carer-hours", null).json();
        assertThat(settings.get(f.authority()).dutyEmail()).as("the duty address of the refused request").isEmpty();
        assertThat(unchanged.path("ownCarerHours").booleanValue()).isFalse();

        Answer saved = send("PUT", path, "admin-carer-hours", "{\"dutyEmail\": \"duty@hours-api.example.org\", "
                + "\"carerContactFrom\": \"10:00\", \"carerContactUntil\": \"12:00\", \"carerAttempts\": 2, "
                + "\"carerRetryDelayMinutes\": 5}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("carerContactUntil").stringValue()).isEqualTo("12:00");
        assertThat(saved.json().path("carerRetryDelayMinutes").intValue()).isEqualTo(5);
        assertThat(saved.json().path("ownCarerHours").booleanValue()).isTrue();
        assertThat(settings.carerHours(f.authority()).describe()).isEqualTo("10:00 to 12:00, 2 attempts 5 minutes "
                + "apart");
        assertThat(send("GET", path, "admin-carer-hours", null).json().path("dutyEmail").stringValue())
                .isEqualTo("duty@hours-api.example.org");
    }

    @Test
    void anOperatorUploadsTheLetterToTheObjectStoreAndOnlyTheChildsAuthorityDownloadsIt() throws Exception {
        var f = EscalationFixtures.create(directory, clock, "Letter Shire", "944", "01632 960404");
        var other = EscalationFixtures.create(directory, clock, "Nosy Shire", "945", "01632 960405");
        accounts.createUser("op-letter", "Letter Operator", "op-letter-1", Role.OPERATOR, null);
        accounts.createUser("la-letter", "Letter LA user", "la-letter-1", Role.AUTHORITY, f.authority());
        accounts.createUser("la-nosy", "Nosy LA user", "la-nosy-1", Role.AUTHORITY, other.authority());
        attendance.record(new RecordMark(f.child(), f.school(), f.today(), Session.PM, "E", "excluded for a day",
                null, null, "op-ex"));
        Escalation e = await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(f.child(), f.today(),
                Trigger.EXCLUSION), o -> o.isPresent()).orElseThrow();
        String letter = "/api/v1/escalations/" + e.id() + "/letter";

        // Bad files are refused, saying what is accepted; nothing is kept.
        assertThat(upload(letter, "op-letter", new byte[0]).json().path("detail").stringValue())
                .isEqualTo("the file is empty: upload the exclusion letter as a PDF");
        assertThat(upload(letter, "op-letter", "Dear Virtual School".getBytes(StandardCharsets.UTF_8)).json()
                .path("detail").stringValue()).startsWith("the file is not a PDF (it does not start with %PDF-)");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        Answer tooBig = upload(letter, "op-letter", huge);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().path("detail").stringValue()).startsWith("the file is 10.0 MB: the largest letter "
                + "accepted is 10 MB");
        assertThat(upload(letter, "la-letter", PDF).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM exclusion_letter").query(Integer.class).single()).isZero();
        assertThat(escalations.find(e.id()).orElseThrow().state()).isEqualTo(EscalationState.LETTER_REQUESTED);

        Answer receipt = upload(letter, "op-letter", PDF);
        assertThat(receipt.status()).isEqualTo(200);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(receipt.json().path("sha256").stringValue()).isEqualTo(sha256);
        assertThat(receipt.json().path("uploadedBy").stringValue()).isEqualTo("op-letter");
        assertThat(escalations.find(e.id()).orElseThrow().state()).isEqualTo(EscalationState.LETTER_RECEIVED);
        assertThat(escalations.timeline(e.id()).getLast().step()).isEqualTo(Step.LETTER_RECEIVED);
        assertThat(escalations.lettersOutstanding(f.school())).isEmpty();

        // In the object store, under a key that names no one, with the same SHA-256; never in the database.
        String key = jdbc.sql("SELECT object_key FROM exclusion_letter WHERE escalation_id = ?").param(e.id().value())
                .query(String.class).single();
        assertThat(key).matches("documents/exclusion-letters/2026/12/02/[0-9a-f-]{36}\\.pdf");
        byte[] stored = documents.read(DocumentKey.parse(key));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored))).isEqualTo(sha256);

        HttpResponse<byte[]> download = download(letter, "la-letter");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Checksum-SHA256")).hasValue(sha256);
        assertThat(download(letter, "la-nosy").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT actor || ' ' || action FROM audit_log WHERE subject_id = ? AND action LIKE "
                + "'%EXCLUSION_LETTER%' ORDER BY id").param(e.id().toString()).query(String.class).list())
                .containsExactly("op-letter UPLOAD_EXCLUSION_LETTER", "la-letter DOWNLOAD_EXCLUSION_LETTER",
                        "la-nosy DOWNLOAD_EXCLUSION_LETTER_REFUSED");
        assertThat(upload(letter, "op-letter", PDF).json().path("detail").stringValue())
                .isEqualTo("this exclusion's letter is not waited for: exclusion letter received");
    }

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private Answer upload(String path, String user, byte[] pdf) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + path)).header("Content-Type", "application/pdf").header("Authorization", basic(user))
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()));
    }

    private HttpResponse<byte[]> download(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-1")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path("id").stringValue()).toList();
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
