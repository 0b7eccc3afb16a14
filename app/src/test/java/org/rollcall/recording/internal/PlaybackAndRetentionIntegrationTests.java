package org.rollcall.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
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
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** QA plays and seeks recordings over HTTP ranges; others may not; retention deletes only what has expired. */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class PlaybackAndRetentionIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired RecordingStore store;
    @Autowired RecordingRetention retention;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private CallSummary first;
    private CallSummary second;
    private String authorityToken;

    @BeforeAll
    void twoRecordedCalls() {
        AuthorityId authority = directory.createAuthority("Playback Borough", Nation.ENGLAND, "844");
        authorityToken = tokens.issue(authority, "playback test");
        accounts.createUser("qa-play", "QA", "qa-play-password", Role.QA, null);
        first = recordedCallTo(school(authority, "Playback One", "01632 960844"));
        second = recordedCallTo(school(authority, "Playback Two", "01632 960845"));
    }

    @Test
    void qaSeeksWithByteRangesAndEachPlaybackIsAudited() throws Exception {
        byte[] whole = stored(first);
        long plays = audit.count("PLAY_RECORDING", "call", first.id().toString());

        var full = get(first, null, basic());
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(full.body()).isEqualTo(whole);
        assertThat(audit.count("PLAY_RECORDING", "call", first.id().toString())).isEqualTo(plays + 1);

        var middle = get(first, "bytes=100-1123", basic());
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).contains("bytes 100-1123/" + whole.length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(whole, 100, 1124));
        assertThat(audit.count("PLAY_RECORDING", "call", first.id().toString())).as("seeking is not a new play")
                .isEqualTo(plays + 1);

        var tail = get(first, "bytes=" + (whole.length - 10) + "-", basic());
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 10, whole.length));

        var beyond = get(first, "bytes=" + (whole.length + 5) + "-", basic());
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + whole.length);
    }

    @Test
    void authoritySystemsAndStrangersCannotListen() throws Exception {
        long plays = audit.count("PLAY_RECORDING", "call", first.id().toString());
        var refused = get(first, null, Optional.of("Bearer " + authorityToken));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body().length).isLessThan(500);
        assertThat(get(first, null, Optional.empty()).statusCode()).isEqualTo(401);
        assertThat(audit.count("PLAY_RECORDING", "call", first.id().toString())).isEqualTo(plays);
    }

    @Test
    void aRecordingStillBeingStoredSaysSo() throws Exception {
        jdbc.sql("UPDATE recording SET status = 'PENDING' WHERE call_id = ?").param(second.id().value()).update();
        try {
            var pending = get(second, null, basic());
            assertThat(pending.statusCode()).isEqualTo(409);
            assertThat(new String(pending.body(), StandardCharsets.UTF_8)).contains("still being stored");
        } finally {
            jdbc.sql("UPDATE recording SET status = 'STORED' WHERE call_id = ?").param(second.id().value()).update();
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // deletes the first recording, which the playback tests use
    void retentionDeletesOnlyExpiredRecordingsWithoutAHold() {
        Timestamp fourteenMonthsAgo = Timestamp.from(ZonedDateTime.now(clock).minusMonths(14).toInstant());
        Timestamp twelveMonthsAgo = Timestamp.from(ZonedDateTime.now(clock).minusMonths(12).toInstant());
        jdbc.sql("UPDATE recording SET stored_at = ? WHERE call_id = ?").params(fourteenMonthsAgo,
                first.id().value()).update();
        jdbc.sql("UPDATE recording SET stored_at = ?, legal_hold = true WHERE call_id = ?").params(fourteenMonthsAgo,
                second.id().value()).update();
        long others = jdbc.sql("UPDATE recording SET stored_at = ? WHERE call_id NOT IN (?, ?) AND status = 'STORED'")
                .params(twelveMonthsAgo, first.id().value(), second.id().value()).update();

        assertThat(retention.deleteExpired(clock.instant())).isEqualTo(1);

        assertThat(recordings.forCall(first.id().value()).orElseThrow().status()).isEqualTo(RecordingStatus.DELETED);
        assertThat(store.find(new RecordingKey(first.id().value(), first.date()))).isEmpty();
        assertThat(jdbc.sql("SELECT retention_months FROM recording_deletion WHERE call_id = ?")
                .param(first.id().value()).query(Integer.class).single()).isEqualTo(13);
        assertThat(recordings.forCall(second.id().value()).orElseThrow().status()).as("legal hold")
                .isEqualTo(RecordingStatus.STORED);
        assertThat(store.find(new RecordingKey(second.id().value(), second.date()))).isPresent();
        assertThat(jdbc.sql("SELECT count(*) FROM recording WHERE status = 'DELETED'").query(Long.class).single())
                .as("%d younger recordings kept", others).isEqualTo(1);
        jdbc.sql("UPDATE recording SET legal_hold = false WHERE call_id = ?").param(second.id().value()).update();
    }

    private byte[] stored(CallSummary call) throws Exception {
        try (InputStream in = store.open(new RecordingKey(call.id().value(), call.date()), null).stream()) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<byte[]> get(CallSummary call, String range, Optional<String> authorization)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/recordings/"
                + call.id())).GET();
        if (range != null) {
            request.header("Range", range);
        }
        authorization.ifPresent(a -> request.header("Authorization", a));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Optional<String> basic() {
        return Optional.of("Basic " + Base64.getEncoder().encodeToString("qa-play:qa-play-password"
                .getBytes(StandardCharsets.UTF_8)));
    }

    private ProvisionId school(AuthorityId authority, String name, String phone) {
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse(phone), "Mrs Player", null, Frequency.DAILY, null,
                openNow(clock)));
        ChildId child = directory.createChild(new NewChild(authority, null, "Pip", name.replace(' ', '-'),
                today.minusYears(8), 3, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(1));
        return school;
    }

    private CallSummary recordedCallTo(ProvisionId school) {
        CallSummary call = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> calls.onDate(LocalDate.now(clock)).stream().filter(c -> c.provisionId().equals(school)
                        && c.outcome() == CallOutcome.COMPLETED).findFirst(), Optional::isPresent).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> recordings.forCall(call.id().value())
                .filter(r -> r.status() == RecordingStatus.STORED).isPresent());
        return call;
    }
}
