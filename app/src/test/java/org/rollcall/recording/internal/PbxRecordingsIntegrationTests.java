package org.rollcall.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.OperatorDesk;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.recording.RecordingInfo;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.rollcall.support.OperatorCalls;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.ScriptedPbx;
import org.rollcall.telephony.asterisk.AsteriskTelephony;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Rollcall on its Asterisk adapter, against a scripted PBX over real TCP with a real MixMonitor folder: what becomes of
 * a recording when the PBX dies mid-call, where marks fall in a recording that starts late, and what the folder's
 * sweep does with the files left in it.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PbxRecordingsIntegrationTests {

    private static final ScriptedPbx PBX = new ScriptedPbx();

    @DynamicPropertySource
    static void asterisk(DynamicPropertyRegistry registry) {
        for (String property : PBX.properties()) {
            int eq = property.indexOf('=');
            registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
        }
    }

    @Autowired Accounts accounts;
    @Autowired OperatorDesk desk;
    @Autowired CallLog calls;
    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Recordings recordings;
    @Autowired RecordingStore store;
    @Autowired RecordingSweeper sweeper;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @Autowired AsteriskTelephony asterisk;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private AuthorityId authority;

    @BeforeAll
    void anAuthorityAndAReviewer() {
        authority = directory.createAuthority("Exchange Borough", Nation.ENGLAND, "891");
        accounts.createUser("qa-pbx", "QA reviewer", "qa-pbx-password", Role.QA, null);
    }

    @AfterAll
    void stopThePbx() throws Exception {
        PBX.close();
    }

    @Test
    void aPbxKilledMidCallLeavesALostRecordingNotAnEmptyStoredOneAndTheCallEndsWhenItDied() throws Exception {
        CallSummary call = connectedCall("pbx-op1", "Killed Primary", "01632 960901");
        mark(call, clock.instant());
        Path file = PBX.write(call.id().value(), call.date(), ScriptedPbx.headerOnly());
        Thread.sleep(1000); // a second into the conversation the PBX is killed; it restarts with no channels
        Instant killed = clock.instant();
        PBX.ami.drop();

        RecordingInfo lost = await().atMost(Duration.ofSeconds(30)).until(() -> recordings.forCall(call.id().value())
                .orElse(null), r -> r != null && r.status() == RecordingStatus.LOST);
        assertThat(lost.problem()).isEqualTo("PBX stopped mid-call; no audio was written");
        assertThat(store.find(new RecordingKey(call.id().value(), call.date()))).as("never stored").isEmpty();
        await("the empty file removed").atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(file));
        CallSummary ended = calls.find(call.id()).orElseThrow();
        assertThat(ended.endedAt()).as("ended when the PBX died, not when the link was back")
                .isBetween(killed.minusMillis(100), killed.plusMillis(500));
        assertThat(ended.talkSeconds()).isBetween(1, 2);

        JsonNode detail = api("/api/v1/calls/" + call.id());
        assertThat(detail.get("recording").get("status").asString()).isEqualTo("LOST");
        JsonNode mark = detail.get("marks").get(0);
        assertThat(mark.get("audioEvidence").asBoolean()).isFalse();
        assertThat(mark.get("offsetMillis").isNull()).isTrue();
        assertThat(mark.get("evidence").asString()).isEqualTo("No audio evidence: the recording was lost (PBX "
                + "stopped mid-call; no audio was written).");
        await("connected again, for the other tests").atMost(Duration.ofSeconds(30)).until(asterisk::isConnected);
    }

    @Test
    void aMarkFallsWhereItWasHeardInTheRecordingsOwnAudioThoughMixMonitorStartedLate() throws Exception {
        CallSummary call = connectedCall("pbx-op2", "Late Start Primary", "01632 960902");
        Thread.sleep(1000);
        Instant heard = clock.instant();
        mark(call, heard);
        Thread.sleep(1000);
        // MixMonitor began recording 0.6 s after the bridge: the file is that much shorter than the call.
        Instant audioBegan = call.bridgedAt().plusMillis(600);
        byte[] wav = ScriptedPbx.wav(Duration.between(audioBegan, clock.instant()), 2);
        PBX.write(call.id().value(), call.date(), wav);
        PBX.hangup(call.id().value());
        await().atMost(Duration.ofSeconds(30)).until(() -> recordings.forCall(call.id().value())
                .filter(r -> r.status() == RecordingStatus.STORED).isPresent());

        JsonNode mark = api("/api/v1/calls/" + call.id()).get("marks").get(0);
        assertThat(mark.get("audioEvidence").asBoolean()).isTrue();
        long expected = Duration.between(audioBegan, heard).toMillis();
        assertThat(mark.get("offsetMillis").asLong()).as("within 0.2 s of where the code was heard in the audio")
                .isCloseTo(expected, within(200L));
    }

    @Test
    void theSweepHandsOverWhatEndedCallsLeftRemovesEmptyFilesAndCountsStrangers() throws Exception {
        CallSummary planned = plannedCall("Sweep Primary", "01632 960903");
        UUID forgotten = doneCall(planned, true); // ended, but its recording was never handed over
        UUID unbridged = doneCall(planned, false); // busy: MixMonitor's empty header only
        Path forgottenFile = old(PBX.write(forgotten, planned.date(), ScriptedPbx.wav(Duration.ofSeconds(2), 3)));
        Path emptyFile = old(PBX.write(unbridged, planned.date(), ScriptedPbx.headerOnly()));
        Path stranger = old(Files.write(PBX.folder.resolve("holding-music.wav"), ScriptedPbx.wav(
                Duration.ofMillis(300), 4)));

        RecordingSweeper.Sweep first = sweeper.sweep();
        assertThat(first.unmatched()).isEqualTo(1);
        assertThat(first.unmatchedNames()).containsExactly("holding-music.wav");
        assertThat(meters.get("rollcall.recordings.unmatched").gauge().value()).isEqualTo(1.0);
        await().atMost(Duration.ofSeconds(30)).until(() -> recordings.forCall(forgotten)
                .filter(r -> r.status() == RecordingStatus.STORED).isPresent());
        await("released once stored").atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(forgottenFile));
        assertThat(emptyFile).as("no audio, never connected: removed").doesNotExist();
        assertThat(recordings.forCall(unbridged)).as("and no recording row made up for it").isEmpty();
        assertThat(stranger).as("nothing matching no call is deleted").exists();

        // The same bytes again (a release lost in a restart): the store has them, so the copy goes.
        old(PBX.write(forgotten, planned.date(), ScriptedPbx.wav(Duration.ofSeconds(2), 3)));
        assertThat(sweeper.sweep().released()).isEqualTo(1);
        assertThat(forgottenFile).doesNotExist();
        // Other bytes under a stored call's name are never deleted.
        old(PBX.write(forgotten, planned.date(), ScriptedPbx.wav(Duration.ofSeconds(2), 5)));
        RecordingSweeper.Sweep third = sweeper.sweep();
        assertThat(third.released()).isZero();
        assertThat(third.unmatchedNames()).anySatisfy(name -> assertThat(name).contains("differs from the stored"));
        assertThat(forgottenFile).exists();
    }

    @Test
    void asteriskJavasKnownSetterWarningIsDroppedButOthersAreStillShown() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("org.asteriskjava.manager.util.EventAttributesHelper");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            PBX.ami.event("Event: DialBegin", "Channel: PJSIP/x-1", "Uniqueid: 1700.9", "Linkedid: 1700.9",
                    "DestChanVariable: CALL_ID=none", "RollcallProbe: 1");
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.list.stream()
                    .anyMatch(e -> e.getFormattedMessage().contains("'rollcallprobe'")));
            assertThat(seen.list).noneMatch(e -> e.getFormattedMessage().contains("'destchanvariable'"));
        } finally {
            logger.detachAppender(seen);
        }
    }

    /** A school, its operator ready at their phone, the call started and bridged by the PBX. */
    private CallSummary connectedCall(String operator, String school, String phone) throws Exception {
        RecordedCalls.school(directory, clock, authority, school, phone);
        await().atMost(Duration.ofSeconds(30)).until(asterisk::isConnected);
        CallId call = OperatorCalls.startOffered(desk, OperatorCalls.readyOperator(accounts, desk, operator,
                operator));
        PBX.ami.awaitAction("Originate");
        PBX.connect(call.value());
        return await().atMost(Duration.ofSeconds(10)).until(() -> calls.find(call).orElseThrow(),
                c -> c.status() == CallStatus.CONNECTED);
    }

    private void mark(CallSummary call, Instant heard) {
        var child = calls.toCollect(call.id()).getFirst().child().id();
        attendance.recordAll(List.of(new RecordMark(child, call.provisionId(), call.date(), Session.AM, "/", null,
                call.id().value(), desk.recordingOffsetNow(call.id()).orElse(0), "pbx-operator", heard)));
    }

    /** A school's call as the planner makes it (due), to copy ended calls from. */
    private CallSummary plannedCall(String school, String phone) {
        var provision = RecordedCalls.school(directory, clock, authority, school, phone);
        return await().atMost(Duration.ofSeconds(30)).until(() -> calls.onDate(java.time.LocalDate.now(clock))
                .stream().filter(c -> c.provisionId().equals(provision)).findFirst().orElse(null),
                java.util.Objects::nonNull);
    }

    private UUID doneCall(CallSummary planned, boolean connected) {
        UUID id = UUID.randomUUID();
        var at = java.sql.Timestamp.from(clock.instant().minusSeconds(300));
        jdbc.sql("""
                        INSERT INTO call (id, provision_id, call_date, window_id, window_closes, due_at, attempt, status,
                                          placed_at, bridged_at, ended_at, outcome)
                        SELECT ?, provision_id, call_date, window_id, window_closes, due_at,
                               (SELECT max(attempt) + 100 FROM call), 'DONE', ?, ?, ?, 'FAILED'
                        FROM call WHERE id = ?""")
                .params(id, at, connected ? at : null, at, planned.id().value()).update();
        return id;
    }

    /** Last written two minutes ago: quiet long enough to be no call's growing file. */
    private static Path old(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        return file;
    }

    private JsonNode api(String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "qa-pbx:qa-pbx-password".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
