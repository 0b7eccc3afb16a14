package org.rollcall.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rollcall.RollcallApplication;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.UserId;
import org.rollcall.calls.CallId;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallStatus;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rollcall is stopped and started again while two calls are live on the PBX, and a third hangs up as it stops: the
 * two live calls are followed after the restart and both recordings end up stored with the SHA-256 of MixMonitor's
 * files; the third's recording was handed over on the way down. Two runs of the whole application over one data
 * folder, against a scripted PBX over real TCP and a real MixMonitor folder.
 */
class PbxRestartIntegrationTests {

    private final String data = "target/it-data/restart-" + UUID.randomUUID();

    @Test
    void aRestartWithTwoCallsLiveOnThePbxLosesNeitherRecording() throws Exception {
        try (ScriptedPbx pbx = new ScriptedPbx()) {
            List<CallId> calls = new ArrayList<>();
            List<UserId> operators = new ArrayList<>();
            LocalDate day;
            byte[] endedWhileStopping = ScriptedPbx.wav(Duration.ofSeconds(2), 7);
            try (ConfigurableApplicationContext first = start(pbx, "2026-12-02T10:30")) {
                var accounts = first.getBean(Accounts.class);
                var desk = first.getBean(OperatorDesk.class);
                var directory = first.getBean(DirectoryAdmin.class);
                Clock clock = first.getBean(Clock.class);
                day = LocalDate.now(clock);
                AuthorityId authority = directory.createAuthority("Restart Borough", Nation.ENGLAND, "892");
                for (int i = 1; i <= 3; i++) {
                    RecordedCalls.school(directory, clock, authority, "Restart School " + i, "01632 96091" + i);
                    operators.add(OperatorCalls.readyOperator(accounts, desk, "restart-op" + i, "restart-op" + i));
                }
                for (UserId operator : operators) {
                    calls.add(OperatorCalls.startOffered(desk, operator));
                    pbx.ami.awaitAction("Originate");
                }
                for (CallId call : calls) {
                    pbx.connect(call.value());
                }
                CallLog log = first.getBean(CallLog.class);
                await().atMost(Duration.ofSeconds(10)).until(() -> calls.stream().allMatch(c -> log.find(c)
                        .orElseThrow().status() == CallStatus.CONNECTED));
                // The third school hangs up just as Rollcall is being stopped.
                pbx.write(calls.get(2).value(), day, endedWhileStopping);
                pbx.hangup(calls.get(2).value());
            }

            pbx.ami.liveCalls(List.of(calls.get(0).toString(), calls.get(1).toString()));
            try (ConfigurableApplicationContext second = start(pbx, "2026-12-02T10:35")) {
                Recordings recordings = second.getBean(Recordings.class);
                var desk = second.getBean(OperatorDesk.class);
                var log = second.getBean(CallLog.class);
                assertThat(recordings.forCall(calls.get(2).value())).as("handed over while Rollcall stopped")
                        .hasValueSatisfying(r -> assertThat(r.status()).isIn(RecordingStatus.PENDING,
                                RecordingStatus.STORED));
                for (int i = 0; i < 2; i++) {
                    CallId live = calls.get(i);
                    assertThat(log.find(live).orElseThrow().status()).as("still live, not interrupted")
                            .isEqualTo(CallStatus.CONNECTED);
                    assertThat(desk.currentCall(operators.get(i))).as("still the operator's call")
                            .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(live));
                }

                Map<CallId, byte[]> wavs = Map.of(calls.get(0), ScriptedPbx.wav(Duration.ofSeconds(3), 8),
                        calls.get(1), ScriptedPbx.wav(Duration.ofSeconds(4), 9));
                for (var wav : wavs.entrySet()) {
                    pbx.write(wav.getKey().value(), day, wav.getValue());
                    pbx.hangup(wav.getKey().value());
                }
                RecordingStore store = second.getBean(RecordingStore.class);
                for (var wav : wavs.entrySet()) {
                    RecordingInfo stored = await().atMost(Duration.ofSeconds(60)).until(() -> recordings
                            .forCall(wav.getKey().value()).orElse(null), r -> r != null
                            && r.status() == RecordingStatus.STORED);
                    assertThat(stored.sha256()).isEqualTo(sha256(wav.getValue()));
                    try (InputStream in = store.open(new RecordingKey(wav.getKey().value(), day), null).stream()) {
                        assertThat(sha256(in.readAllBytes())).as("the object's own bytes").isEqualTo(sha256(
                                wav.getValue()));
                    }
                    await("the MixMonitor file released once stored").atMost(Duration.ofSeconds(10))
                            .until(() -> !pbx.file(wav.getKey().value(), day).toFile().exists());
                }
                assertThat(await().atMost(Duration.ofSeconds(60)).until(() -> recordings.forCall(calls.get(2)
                        .value()).orElseThrow(), r -> r.status() == RecordingStatus.STORED).sha256())
                        .isEqualTo(sha256(endedWhileStopping));
                // Usually its release was lost with the first run's memory: once the file has been quiet a while, the
                // sweep finds it and, the store holding the same bytes, removes it. When the stopping run had not yet
                // handed it over (a slow machine), the second run stored and released it itself: nothing is left.
                Path left = pbx.file(calls.get(2).value(), day);
                if (Files.exists(left)) {
                    Files.setLastModifiedTime(left, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
                    assertThat(second.getBean(RecordingSweeper.class).sweep().released()).isEqualTo(1);
                }
                assertThat(pbx.file(calls.get(2).value(), day)).doesNotExist();
            }
        }
    }

    /** The whole application, as {@link RollcallIntegrationTest} sets it up, on this test's data and the PBX. */
    private ConfigurableApplicationContext start(ScriptedPbx pbx, String clockStart) {
        String[] base = RollcallIntegrationTest.class.getAnnotation(SpringBootTest.class).properties();
        String[] properties = Stream.of(Stream.of(base).filter(p -> !p.startsWith("rollcall.platform.data-directory=")
                                && !p.startsWith("rollcall.platform.clock-start=")), Stream.of(pbx.properties()),
                        Stream.of("rollcall.platform.data-directory=" + data,
                                "rollcall.platform.clock-start=" + clockStart, "server.port=0",
                                "management.server.port=0"))
                .flatMap(s -> s).toArray(String[]::new);
        // As command-line arguments: they outrank application.yml, as @SpringBootTest's properties do.
        return new SpringApplicationBuilder(RollcallApplication.class).run(Stream.of(properties).map(p -> "--" + p)
                .toArray(String[]::new));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
