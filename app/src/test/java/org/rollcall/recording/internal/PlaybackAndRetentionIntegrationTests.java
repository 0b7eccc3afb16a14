package org.rollcall.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.Directory;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.rollcall.recording.RecordingProperties;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;
import org.rollcall.recordings.ByteRange;
import org.rollcall.recordings.RecordingContent;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.rollcall.recordings.RecordingStoreException;
import org.rollcall.recordings.StoredRecording;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * QA plays and seeks recordings over HTTP ranges, audited once per listening; others may not; retention deletes
 * only what has expired, by each authority's own period, and carries on past a recording it cannot delete.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class PlaybackAndRetentionIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Directory directoryReads;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired RecordingStore store;
    @Autowired RecordingRetention retention;
    @Autowired Attendance attendance;
    @Autowired RecordingProperties retentionProperties;
    @Autowired TransactionTemplate tx;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private CallSummary first;
    private CallSummary second;
    private CallSummary third;
    private CallSummary sixMonths;
    private CallSummary thirteenMonths;
    private AuthorityId sixMonthsAuthority;
    private String authorityToken;

    @BeforeAll
    void recordedCalls() {
        AuthorityId authority = directory.createAuthority("Playback Borough", Nation.ENGLAND, "844");
        sixMonthsAuthority = directory.createAuthority("Six Months Borough", Nation.ENGLAND, "845");
        AuthorityId thirteenMonthsAuthority = directory.createAuthority("Thirteen Months Borough", Nation.ENGLAND,
                "846");
        directory.setRecordingRetention(sixMonthsAuthority, 6);
        directory.setRecordingRetention(thirteenMonthsAuthority, 13);
        authorityToken = tokens.issue(authority, "playback test");
        accounts.createUser("qa-play", "QA", "qa-play-password", Role.QA, null);
        accounts.createUser("supervisor-play", "Supervisor", "supervisor-play-password", Role.SUPERVISOR, null);
        // all schools first: the robot operator calls them one after another while we wait
        List<ProvisionId> schools = List.of(school(authority, "Playback One", "01632 960844"),
                school(authority, "Playback Two", "01632 960845"),
                school(authority, "Playback Three", "01632 960846"),
                school(sixMonthsAuthority, "Six Months School", "01632 960847"),
                school(thirteenMonthsAuthority, "Thirteen Months School", "01632 960848"));
        first = RecordedCalls.recordedCallTo(calls, recordings, clock, schools.get(0));
        second = RecordedCalls.recordedCallTo(calls, recordings, clock, schools.get(1));
        third = RecordedCalls.recordedCallTo(calls, recordings, clock, schools.get(2));
        sixMonths = RecordedCalls.recordedCallTo(calls, recordings, clock, schools.get(3));
        thirteenMonths = RecordedCalls.recordedCallTo(calls, recordings, clock, schools.get(4));
    }

    @Test
    @Order(1)
    void qaSeeksWithByteRangesAndEachListeningIsAuditedOnce() throws Exception {
        byte[] whole = stored(first);
        long plays = plays(first);

        // some players open with a range that does not start at byte 0: still a playback to audit
        var fromOne = get(first, "bytes=1-", basic("qa-play"));
        assertThat(fromOne.statusCode()).isEqualTo(206);
        assertThat(fromOne.headers().firstValue("Content-Range"))
                .contains("bytes 1-" + (whole.length - 1) + "/" + whole.length);
        assertThat(fromOne.body()).isEqualTo(Arrays.copyOfRange(whole, 1, whole.length));
        assertThat(plays(first)).as("a first request from byte 1 is audited").isEqualTo(plays + 1);

        var full = get(first, null, basic("qa-play"));
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(full.body()).isEqualTo(whole);

        var middle = get(first, "bytes=100-1123", basic("qa-play"));
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).contains("bytes 100-1123/" + whole.length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(whole, 100, 1124));
        assertThat(plays(first)).as("seeking within the same listening is not a new play").isEqualTo(plays + 1);

        var tail = get(first, "bytes=" + (whole.length - 10) + "-", basic("qa-play"));
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 10, whole.length));

        var beyond = get(first, "bytes=" + (whole.length + 5) + "-", basic("qa-play"));
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + whole.length);

        assertThat(get(first, "bytes=200-", basic("supervisor-play")).statusCode()).isEqualTo(206);
        assertThat(plays(first)).as("another user's listening is their own").isEqualTo(plays + 2);

        jdbc.sql("UPDATE audit_log SET at = at - interval '6 minutes' WHERE action = 'PLAY_RECORDING' "
                + "AND subject_id = ?").param(first.id().toString()).update();
        assertThat(get(first, "bytes=300-", basic("qa-play")).statusCode()).isEqualTo(206);
        assertThat(plays(first)).as("coming back later is a new listening").isEqualTo(plays + 3);
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'PLAY_RECORDING' AND subject_id = ? "
                + "ORDER BY id DESC LIMIT 1").param(first.id().toString()).query(String.class).single())
                .isEqualTo("from byte 300");
    }

    @Test
    void authoritySystemsAndStrangersCannotListen() throws Exception {
        long plays = plays(first);
        var refused = get(first, null, Optional.of("Bearer " + authorityToken));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body().length).isLessThan(500);
        assertThat(get(first, null, Optional.empty()).statusCode()).isEqualTo(401);
        assertThat(plays(first)).isEqualTo(plays);
    }

    @Test
    void aRecordingStillBeingStoredSaysSo() throws Exception {
        jdbc.sql("UPDATE recording SET status = 'PENDING' WHERE call_id = ?").param(second.id().value()).update();
        try {
            var pending = get(second, null, basic("qa-play"));
            assertThat(pending.statusCode()).isEqualTo(409);
            assertThat(pending.headers().firstValue("Retry-After")).contains("60");
            assertThat(new String(pending.body(), StandardCharsets.UTF_8)).contains("still being stored");
        } finally {
            jdbc.sql("UPDATE recording SET status = 'STORED' WHERE call_id = ?").param(second.id().value()).update();
        }
    }

    @Test
    void nothingToPlayIsNotFoundAndSaysWhy() throws Exception {
        var none = get(UUID.randomUUID(), null, basic("qa-play"));
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(new String(none.body(), StandardCharsets.UTF_8)).contains("has no recording");

        // playback uses the storage key kept with the row; here it names an object the store does not have
        String key = recordings.forCall(second.id().value()).orElseThrow().storageKey();
        String missing = new RecordingKey(second.id().value(), LocalDate.of(2020, 1, 6)).value();
        jdbc.sql("UPDATE recording SET storage_key = ? WHERE call_id = ?").params(missing, second.id().value())
                .update();
        try {
            var lost = get(second, null, basic("qa-play"));
            assertThat(lost.statusCode()).isEqualTo(404);
            assertThat(new String(lost.body(), StandardCharsets.UTF_8)).contains("listed as stored")
                    .contains(missing).contains("tell an administrator");
        } finally {
            jdbc.sql("UPDATE recording SET storage_key = ? WHERE call_id = ?").params(key, second.id().value())
                    .update();
        }
    }

    @Test
    @Order(10)
    void retentionFollowsEachAuthoritysOwnPeriod() {
        assertThatIllegalArgumentException().isThrownBy(() -> directory.setRecordingRetention(sixMonthsAuthority, 0))
                .withMessage("a recording retention of 0 months is not allowed: give 1 to 120 months (13 is the "
                        + "default)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> directory.setRecordingRetention(sixMonthsAuthority, 121))
                .withMessageContaining("121 months is not allowed");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> directory.setRecordingRetention(AuthorityId.random(), 12))
                .withMessageContaining("there is no authority");
        assertThat(directoryReads.authority(sixMonthsAuthority).retentionMonths()).isEqualTo(6);
        storedMonthsAgo(sixMonths, 7);
        storedMonthsAgo(thirteenMonths, 7);

        assertThat(retention.deleteExpired(clock.instant())).isEqualTo(1);

        assertThat(status(sixMonths)).as("6 months for its authority").isEqualTo(RecordingStatus.DELETED);
        assertThat(store.find(key(sixMonths))).isEmpty();
        assertThat(jdbc.sql("SELECT retention_months FROM recording_deletion WHERE call_id = ?")
                .param(sixMonths.id().value()).query(Integer.class).single()).isEqualTo(6);
        assertThat(status(thirteenMonths)).as("13 months for its authority").isEqualTo(RecordingStatus.STORED);
        assertThat(store.find(key(thirteenMonths))).isPresent();
    }

    @Test
    @Order(11)
    void aRecordingThatCannotBeDeletedDoesNotStopTheOthers() {
        storedMonthsAgo(thirteenMonths, 15); // the oldest, so the first one tried
        storedMonthsAgo(third, 14);
        var failingForThirteen = new RecordingRetention(jdbc, new DelegatingStore(store) {
            @Override
            public void delete(RecordingKey key) {
                if (key.callId().equals(thirteenMonths.id().value())) {
                    throw new RecordingStoreException("could not delete " + key + ": HTTP 503 SlowDown", null);
                }
                super.delete(key);
            }
        }, attendance, directoryReads, retentionProperties, tx, clock);

        assertThat(failingForThirteen.deleteExpired(clock.instant())).isEqualTo(1);

        assertThat(status(thirteenMonths)).as("kept for the next run").isEqualTo(RecordingStatus.STORED);
        assertThat(store.find(key(thirteenMonths))).isPresent();
        assertThat(status(third)).as("deleted although the one before it failed").isEqualTo(RecordingStatus.DELETED);
        assertThat(store.find(key(third))).isEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE) // deletes the first recording, which the playback tests use
    void retentionDeletesOnlyExpiredRecordingsWithoutAHold() {
        long deletedBefore = jdbc.sql("SELECT count(*) FROM recording WHERE status = 'DELETED'").query(Long.class)
                .single();
        Timestamp fourteenMonthsAgo = Timestamp.from(ZonedDateTime.now(clock).minusMonths(14).toInstant());
        Timestamp twelveMonthsAgo = Timestamp.from(ZonedDateTime.now(clock).minusMonths(12).toInstant());
        jdbc.sql("UPDATE recording SET stored_at = ? WHERE call_id = ?").params(fourteenMonthsAgo,
                first.id().value()).update();
        jdbc.sql("UPDATE recording SET stored_at = ?, legal_hold = true WHERE call_id = ?").params(fourteenMonthsAgo,
                second.id().value()).update();
        long others = jdbc.sql("UPDATE recording SET stored_at = ? WHERE call_id NOT IN (?, ?) AND status = 'STORED'")
                .params(twelveMonthsAgo, first.id().value(), second.id().value()).update();

        assertThat(retention.deleteExpired(clock.instant())).isEqualTo(1);

        assertThat(status(first)).isEqualTo(RecordingStatus.DELETED);
        assertThat(store.find(key(first))).isEmpty();
        assertThat(jdbc.sql("SELECT retention_months FROM recording_deletion WHERE call_id = ?")
                .param(first.id().value()).query(Integer.class).single()).isEqualTo(13);
        assertThat(status(second)).as("legal hold").isEqualTo(RecordingStatus.STORED);
        assertThat(store.find(key(second))).isPresent();
        assertThat(jdbc.sql("SELECT count(*) FROM recording WHERE status = 'DELETED'").query(Long.class).single())
                .as("%d younger recordings kept", others).isEqualTo(deletedBefore + 1);
        jdbc.sql("UPDATE recording SET legal_hold = false WHERE call_id = ?").param(second.id().value()).update();
    }

    private byte[] stored(CallSummary call) throws Exception {
        try (InputStream in = store.open(key(call), null).stream()) {
            return in.readAllBytes();
        }
    }

    private static RecordingKey key(CallSummary call) {
        return new RecordingKey(call.id().value(), call.date());
    }

    private RecordingStatus status(CallSummary call) {
        return recordings.forCall(call.id().value()).orElseThrow().status();
    }

    private long plays(CallSummary call) {
        return audit.count("PLAY_RECORDING", "call", call.id().toString());
    }

    private void storedMonthsAgo(CallSummary call, int months) {
        jdbc.sql("UPDATE recording SET stored_at = ? WHERE call_id = ?")
                .params(Timestamp.from(ZonedDateTime.now(clock).minusMonths(months).toInstant()), call.id().value())
                .update();
    }

    private HttpResponse<byte[]> get(CallSummary call, String range, Optional<String> authorization)
            throws Exception {
        return get(call.id().value(), range, authorization);
    }

    private HttpResponse<byte[]> get(UUID callId, String range, Optional<String> authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/recordings/"
                + callId)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        authorization.ifPresent(a -> request.header("Authorization", a));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Optional<String> basic(String user) {
        return Optional.of("Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-password")
                .getBytes(StandardCharsets.UTF_8)));
    }

    private ProvisionId school(AuthorityId authority, String name, String phone) {
        return RecordedCalls.school(directory, clock, authority, name, phone);
    }

    /** Passes everything to the real store; a test overrides what should fail. */
    private static class DelegatingStore implements RecordingStore {

        private final RecordingStore delegate;

        DelegatingStore(RecordingStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public StoredRecording store(RecordingKey key, InputStream wav, long length, String expectedSha256) {
            return delegate.store(key, wav, length, expectedSha256);
        }

        @Override
        public Optional<StoredRecording> find(RecordingKey key) {
            return delegate.find(key);
        }

        @Override
        public RecordingContent open(RecordingKey key, ByteRange range) {
            return delegate.open(key, range);
        }

        @Override
        public URI presignedUrl(RecordingKey key, Duration validFor) {
            return delegate.presignedUrl(key, validFor);
        }

        @Override
        public void delete(RecordingKey key) {
            delegate.delete(key);
        }
    }
}
