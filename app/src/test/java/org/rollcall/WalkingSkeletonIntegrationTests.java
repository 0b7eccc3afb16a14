package org.rollcall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Upn;
import org.rollcall.directory.Urn;
import org.rollcall.recording.RecordingInfo;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.rollcall.support.RollcallIntegrationTest;
import static org.rollcall.support.TestTimes.openNow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One school call from its window to the extranet on the real stack: embedded PostgreSQL, the S3 API, the simulated
 * exchange and a robot operator; then the authority API over real HTTP, scoped to each authority.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class WalkingSkeletonIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired CallLog calls;
    @Autowired Attendance attendance;
    @Autowired Recordings recordings;
    @Autowired RecordingStore store;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ProvisionId englishSchool;
    private ProvisionId welshSchool;
    private List<ChildId> childrenOfA;
    private List<ChildId> childrenOfB;
    private String tokenA;
    private String tokenB;

    @BeforeAll
    void aSchoolDayWithTwoAuthorities() {
        AuthorityId a = directory.createAuthority("Northshire", Nation.ENGLAND, "931");
        AuthorityId b = directory.createAuthority("Cyngor Glan-y-Môr", Nation.WALES, "672");
        englishSchool = school("Northshire Academy", "100931", Nation.ENGLAND);
        welshSchool = school("Ysgol y Môr", "400672", Nation.WALES);
        childrenOfA = List.of(child(a, "Amara", "931"), child(a, "Ben", "931"), child(a, "Chloe", "931"));
        childrenOfB = List.of(child(b, "Dylan", "672"), child(b, "Efa", "672"));
        childrenOfA.forEach(c -> directory.place(c, englishSchool, PlacementKind.ON_ROLL, today().minusDays(30)));
        childrenOfB.forEach(c -> directory.place(c, welshSchool, PlacementKind.ON_ROLL, today().minusDays(30)));
        tokenA = tokens.issue(a, "test A");
        tokenB = tokens.issue(b, "test B");
        accounts.createUser("qa-it", "QA", "qa-password-1", Role.QA, null);
    }

    @Test
    void aRobotOperatorCompletesTheCallAndEverythingLinksUp() throws Exception {
        CallSummary call = completedCallTo(englishSchool);

        List<Mark> marks = attendance.marksForCall(call.id().value());
        assertThat(marks).hasSize(6);
        assertThat(marks).extracting(Mark::childId).containsOnlyElementsOf(childrenOfA);
        assertThat(marks).allSatisfy(m -> {
            assertThat(m.offsetSeconds()).isNotNull().isGreaterThanOrEqualTo(0);
            assertThat(m.recordedBy()).isEqualTo("robot1");
        });

        RecordingInfo recording = await().atMost(Duration.ofSeconds(60)).until(
                () -> recordings.forCall(call.id().value()), r -> r.isPresent()
                        && r.get().status() == RecordingStatus.STORED).orElseThrow();
        byte[] stored;
        try (InputStream in = store.open(new RecordingKey(call.id().value(), call.date()), null).stream()) {
            stored = in.readAllBytes();
        }
        assertThat(new String(stored, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(stored.length).isEqualTo(recording.bytes());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)))
                .isEqualTo(recording.sha256());
        assertThat(recording.storageKey()).doesNotContain("Northshire").contains(call.id().toString());

        JsonNode detail = getJson("/api/v1/calls/" + call.id(), basic("qa-it", "qa-password-1"), 200);
        assertThat(detail.get("provision").get("name").asString()).isEqualTo("Northshire Academy");
        assertThat(detail.get("operator").asString()).isEqualTo("robot1");
        assertThat(detail.get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(detail.get("recording").get("sha256").asString()).isEqualTo(recording.sha256());
        assertThat(detail.get("recording").get("status").asString()).isEqualTo("STORED");
        assertThat(detail.get("marks")).hasSize(6);
        assertThat(detail.get("marks").get(0).get("offsetSeconds").isNumber()).isTrue();
    }

    @Test
    void eachAuthoritySeesOnlyItsOwnChildrenThroughTheApi() throws Exception {
        completedCallTo(englishSchool);
        completedCallTo(welshSchool);

        JsonNode forA = getJson("/api/v1/attendance?date=" + today(), bearer(tokenA), 200);
        assertThat(ids(forA)).containsExactlyInAnyOrderElementsOf(childrenOfA.stream().map(ChildId::toString)
                .toList());
        JsonNode forB = getJson("/api/v1/attendance?date=" + today(), bearer(tokenB), 200);
        assertThat(ids(forB)).containsExactlyInAnyOrderElementsOf(childrenOfB.stream().map(ChildId::toString)
                .toList());
        assertThat(forA.get("children").get(0).get("am").asString()).isNotBlank();
    }

    @Test
    void theApiRefusesMissingOrWrongCredentialsAndBadInput() throws Exception {
        assertThat(get("/api/v1/attendance?date=" + today(), Optional.empty()).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/attendance", bearer("rc_not-a-real-token-at-all")).statusCode()).isEqualTo(401);
        var badDate = get("/api/v1/attendance?date=23/11/2026", bearer(tokenA));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("use YYYY-MM-DD");
        // An authority token is not a staff login: call detail is for QA and admins.
        assertThat(get("/api/v1/calls/" + java.util.UUID.randomUUID(), bearer(tokenA)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/calls/not-a-uuid", basic("qa-it", "qa-password-1")).body())
                .contains("is not a call id");
        assertThat(get("/api/v1/calls/" + java.util.UUID.randomUUID(), basic("qa-it", "qa-password-1"))
                .statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/calls/" + java.util.UUID.randomUUID(), basic("qa-it", "wrong-password"))
                .statusCode()).isEqualTo(401);
    }

    private CallSummary completedCallTo(ProvisionId provision) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> calls.onDate(today()).stream()
                        .filter(c -> c.provisionId().equals(provision) && c.outcome() == CallOutcome.COMPLETED)
                        .findFirst(), Optional::isPresent).orElseThrow();
    }

    private List<String> ids(JsonNode body) {
        List<String> ids = new java.util.ArrayList<>();
        body.get("children").forEach(n -> ids.add(n.get("childId").asString()));
        return ids;
    }

    private JsonNode getJson(String path, Optional<String> authorization, int status) throws Exception {
        var response = get(path, authorization);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path, Optional<String> authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        authorization.ifPresent(a -> request.header("Authorization", a));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> bearer(String token) {
        return Optional.of("Bearer " + token);
    }

    private static Optional<String> basic(String user, String password) {
        return Optional.of("Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ProvisionId school(String name, String urn, Nation nation) {
        return directory.createProvision(new NewProvision(name, new Urn(urn), ProvisionType.MAINSTREAM, nation,
                UkPhoneNumber.parse("01632 960" + urn.substring(3)), "Ms Attendance", "kestrel", Frequency.DAILY,
                null, openNow(clock)));
    }

    private int serial;

    private ChildId child(AuthorityId authority, String name, String la) {
        String twelve = la + "2026" + String.format("%05d", ++serial);
        return directory.createChild(new NewChild(authority, new Upn(Upn.withCheckLetter(twelve)), name, "Tester",
                today().minusYears(9), 4, Cohort.LAC, true, SenStatus.NONE));
    }
}
