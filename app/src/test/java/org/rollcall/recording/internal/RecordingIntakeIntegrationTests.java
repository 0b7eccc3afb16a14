package org.rollcall.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.recording.RecordingInfo;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.telephony.RecordingSource;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** What the intake does with recordings the exchange offers: broken ones leave a row saying why. */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class RecordingIntakeIntegrationTests {

    @Autowired RecordingIntake intake;
    @Autowired RecordingLinker linker;
    @Autowired DirectoryAdmin directory;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired RecordingStore store;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private CallSummary recorded;
    private byte[] wav;

    @BeforeAll
    void aRecordedCall() throws IOException {
        AuthorityId authority = directory.createAuthority("Intake Borough", Nation.ENGLAND, "848");
        recorded = RecordedCalls.recordedCallTo(calls, recordings, clock, RecordedCalls.school(directory, clock,
                authority, "Intake School", "01632 960850"));
        try (InputStream in = store.open(new RecordingKey(recorded.id().value(), recorded.date()), null).stream()) {
            wav = in.readAllBytes();
        }
    }

    @Test
    void aRecordingWithNoAudioIsLostWithTheReasonNeverStoredAndTheExchangesCopyDiscarded() {
        UUID killed = callWithoutRecording(true);
        var discards = new AtomicInteger();
        intake.take(offer(killed, source(headerOnly(), discards, "PBX stopped mid-call")));
        assertThat(recordings.forCall(killed).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecordingStatus.LOST);
            assertThat(r.problem()).isEqualTo("PBX stopped mid-call; no audio was written");
            assertThat(r.sha256()).isNull();
        });
        assertThat(discards).hasValue(1);
        assertThat(store.find(new RecordingKey(killed, recorded.date()))).as("never stored").isEmpty();

        UUID empty = callWithoutRecording(true);
        intake.take(offer(empty, source(new byte[0], new AtomicInteger(), null)));
        assertThat(recordings.forCall(empty).orElseThrow().problem()).isEqualTo("no audio was written (the file is "
                + "empty)");

        UUID brief = callWithoutRecording(true); // 20 ms, under this suite's 50 ms minimum
        intake.take(offer(brief, source(java.util.Arrays.copyOf(wav, 44 + 320), new AtomicInteger(), null)));
        assertThat(recordings.forCall(brief).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecordingStatus.LOST);
            assertThat(r.problem()).isEqualTo("only 20 ms of audio was written, less than the 50 ms a recording "
                    + "needs (rollcall.recording.min-audio)");
        });
    }

    @Test
    void theEmptyFileOfACallThatWasNeverConnectedJustGoes() {
        UUID busy = callWithoutRecording(false);
        var discards = new AtomicInteger();
        intake.take(offer(busy, source(headerOnly(), discards, null)));
        assertThat(discards).hasValue(1);
        assertThat(recordings.forCall(busy)).as("no recording row made up for a call with no talk").isEmpty();
    }

    @Test
    void aRecordingTheExchangeReportsLostIsSaidSo() {
        UUID lost = callWithoutRecording(true);
        intake.lost(new TelephonyEvent.RecordingLost(new TelephonyCallId(lost), Instant.now(),
                "Twilio recorded no audio (recording status absent)"));
        assertThat(recordings.forCall(lost).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecordingStatus.LOST);
            assertThat(r.problem()).isEqualTo("Twilio recorded no audio (recording status absent)");
        });
    }

    @Test
    void aRecordingThatIsNotAWavIsRejectedWithAClearMessage() {
        UUID ogg = callWithoutRecording(true);
        intake.take(offer(ogg, source("OggS\0\2 this is not a WAV file".getBytes(StandardCharsets.ISO_8859_1),
                new AtomicInteger(), null)));
        assertThat(recordings.forCall(ogg).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecordingStatus.REJECTED);
            assertThat(r.problem()).contains("not a WAV file");
        });
    }

    @Test
    void aGoodOfferAfterAnEmptyOneIsStoredAndTheProvidersCopyReleased() {
        UUID callId = callWithoutRecording(true);
        var releases = new AtomicInteger();
        intake.take(offer(callId, source(headerOnly(), new AtomicInteger(), null)));
        assertThat(recordings.forCall(callId).orElseThrow().status()).isEqualTo(RecordingStatus.LOST);
        Instant stopped = Instant.parse("2026-12-02T10:31:40Z");

        // the source must be waiting for release before the spool reads it: the upload may be done before accept
        // returns, and a source registered only then would never be released
        var awaitedWhileSpooling = new AtomicBoolean();
        RecordingSource good = new RecordingSource() {
            @Override
            public InputStream open() {
                var bytes = new ByteArrayInputStream(wav);
                return new InputStream() {
                    @Override
                    public int read() {
                        awaitedWhileSpooling.compareAndSet(false, linker.awaitsStore(callId));
                        return bytes.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        awaitedWhileSpooling.compareAndSet(false, linker.awaitsStore(callId));
                        return bytes.read(b, off, len);
                    }
                };
            }

            @Override
            public void release() {
                releases.incrementAndGet();
            }

            @Override
            public Optional<Instant> stoppedAt() {
                return Optional.of(stopped);
            }
        };
        intake.take(offer(callId, good));

        await().atMost(Duration.ofSeconds(30)).until(() -> recordings.forCall(callId).orElseThrow().status()
                == RecordingStatus.STORED);
        await().atMost(Duration.ofSeconds(5)).until(() -> releases.get() == 1);
        assertThat(awaitedWhileSpooling).isTrue();
        assertThat(recordings.forCall(callId).orElseThrow()).satisfies(r -> {
            assertThat(r.problem()).isNull();
            assertThat(r.audioStartedAt()).as("its own start: its length before it stopped")
                    .isEqualTo(stopped.minusMillis(r.durationMillis()));
        });
    }

    @Test
    void theSpoolGivingUpWritesARowButNeverDemotesAStoredRecording() {
        UUID neverSeen = callWithoutRecording(true); // e.g. spooled before a crash that lost its pending row
        linker.rejected(new RecordingKey(neverSeen, recorded.date()), "the spooled file vanished");
        assertThat(recordings.forCall(neverSeen).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecordingStatus.REJECTED);
            assertThat(r.problem()).isEqualTo("the spooled file vanished");
        });

        // e.g. the provider offers other bytes for a call whose recording is stored: the store refuses them
        linker.rejected(new RecordingKey(recorded.id().value(), recorded.date()), "a different recording is "
                + "already stored");
        assertThat(recordings.forCall(recorded.id().value()).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecordingStatus.STORED);
            assertThat(r.problem()).isNull();
        });
    }

    /**
     * Another attempt row for the recorded call's school (the dialler leaves DONE rows alone), with no recording.
     *
     * @param connected whether the school was connected (bridged), so a recording was expected
     */
    private UUID callWithoutRecording(boolean connected) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO call (id, provision_id, call_date, window_id, window_closes, due_at, attempt, status,
                                          bridged_at)
                        SELECT ?, provision_id, call_date, window_id, window_closes, due_at,
                               (SELECT max(attempt) + 100 FROM call), 'DONE', CASE WHEN ? THEN bridged_at END
                        FROM call WHERE id = ?""")
                .params(id, connected, recorded.id().value()).update();
        return id;
    }

    /** MixMonitor's header with nothing after it: the test recording's first 44 bytes. */
    private byte[] headerOnly() {
        return java.util.Arrays.copyOf(wav, 44);
    }

    private static TelephonyEvent.RecordingAvailable offer(UUID callId, RecordingSource source) {
        return new TelephonyEvent.RecordingAvailable(new TelephonyCallId(callId), Instant.now(), source);
    }

    /** @param interruption what the exchange says cut the call short, or null */
    private static RecordingSource source(byte[] bytes, AtomicInteger discards, String interruption) {
        return new RecordingSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public void discard() {
                discards.incrementAndGet();
            }

            @Override
            public Optional<String> interruption() {
                return Optional.ofNullable(interruption);
            }
        };
    }
}
