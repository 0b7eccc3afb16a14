package org.rollcall.telephony.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.telephony.CallState;
import org.rollcall.telephony.InFlightCall;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;

/** The application stops and starts while the PBX carries on: nothing the PBX still has is judged lost. */
class AsteriskRestartIntegrationTests {

    @TempDir Path recordings;
    private Pbx pbx;

    @BeforeEach
    void connect() throws Exception {
        pbx = new Pbx(recordings);
    }

    @AfterEach
    void close() throws Exception {
        pbx.close();
    }

    @Test
    void aCallStillUpAfterARestartIsFollowedToItsEndAndItsRecordingHandedOver() throws Exception {
        Instant placed = Pbx.CLOCK.instant();
        TelephonyCallId live = pbx.connectedCall();
        Instant bridged = Pbx.CLOCK.instant();
        restart();
        pbx.ami.liveCalls(List.of(live.toString()));

        Set<TelephonyCallId> taken = pbx.telephony.resume(List.of(new InFlightCall(live, CallState.BRIDGED, placed,
                bridged, null)));
        assertThat(taken).containsExactly(live);
        assertThat(pbx.events.poll(300, TimeUnit.MILLISECONDS)).as("nothing judged: it is still up").isNull();

        byte[] wav = Pbx.wav(Duration.ofSeconds(2));
        pbx.write(live, wav);
        pbx.hangup(live);
        var ended = (TelephonyEvent.Ended) pbx.next();
        assertThat(ended.cause()).isEqualTo("hung up normally (cause 16)");
        assertThat(ended.talkTime()).isPositive();
        var recording = (TelephonyEvent.RecordingAvailable) pbx.next();
        try (InputStream in = recording.source().open()) {
            assertThat(in.readAllBytes()).isEqualTo(wav);
        }
    }

    @Test
    void aCallThatEndedWhileTheApplicationWasStoppedEndsAtItsFilesLastWriteWithItsRecording() throws Exception {
        TelephonyCallId gone = new TelephonyCallId(UUID.randomUUID());
        Instant bridged = Pbx.CLOCK.instant().minusSeconds(90);
        Path file = pbx.write(gone, Pbx.wav(Duration.ofSeconds(3)));
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 30_000));

        assertThat(pbx.telephony.resume(List.of(new InFlightCall(gone, CallState.BRIDGED, bridged.minusSeconds(10),
                bridged, null)))).containsExactly(gone);
        var ended = (TelephonyEvent.Ended) pbx.next();
        assertThat(ended.cause()).isEqualTo("ended while Rollcall was stopped");
        assertThat(Duration.between(ended.at(), Pbx.CLOCK.instant())).as("ended at the file's last write")
                .isBetween(Duration.ofSeconds(29), Duration.ofSeconds(32));
        assertThat(ended.talkTime()).isBetween(Duration.ofSeconds(58), Duration.ofSeconds(61));
        var recording = (TelephonyEvent.RecordingAvailable) pbx.next();
        assertThat(recording.source().stoppedAt()).contains(ended.at());
        recording.source().release();
        assertThat(file).doesNotExist();
    }

    @Test
    void onlyCallsThePbxNoLongerKnowsAndThatLeftNoFileAreLeftToTheApplication() throws Exception {
        Instant placed = Pbx.CLOCK.instant().minusSeconds(60);
        TelephonyCallId talking = new TelephonyCallId(UUID.randomUUID());
        TelephonyCallId ringing = new TelephonyCallId(UUID.randomUUID());
        Path emptyFile = pbx.write(ringing, Pbx.headerOnly()); // MixMonitor's header: never bridged

        Set<TelephonyCallId> taken = pbx.telephony.resume(List.of(
                new InFlightCall(talking, CallState.BRIDGED, placed, placed.plusSeconds(5), null),
                new InFlightCall(ringing, CallState.RINGING, placed, null, null)));
        assertThat(taken).as("both gone, and neither left a recording").isEmpty();
        assertThat(pbx.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(emptyFile).as("the unbridged call's empty file does not stay behind").doesNotExist();
    }

    @Test
    void whenThePbxCannotSayWhatIsUpEveryCallIsFollowedAndThenClosedAsUnknown() throws Exception {
        pbx.ami.refuseCoreShowChannels();
        TelephonyCallId call = new TelephonyCallId(UUID.randomUUID());
        Instant placed = Pbx.CLOCK.instant().minusSeconds(20);
        assertThat(pbx.telephony.resume(List.of(new InFlightCall(call, CallState.BRIDGED, placed,
                placed.plusSeconds(3), null)))).as("a refusal is not an empty list").containsExactly(call);
        var ended = (TelephonyEvent.Ended) pbx.events.poll(30, TimeUnit.SECONDS);
        assertThat(ended).isNotNull();
        assertThat(ended.cause()).isEqualTo("state unknown after AMI outage");
    }

    @Test
    void stoppingHandsOverTheCallsThatHaveAlreadyEnded() throws Exception {
        TelephonyCallId first = pbx.connectedCall();
        TelephonyCallId second = pbx.connectedCall();
        // A slow listener holds the worker, so the second hang-up is still queued when the application stops.
        pbx.telephony.addListener(event -> {
            if (event instanceof TelephonyEvent.Ended e && e.callId().equals(first)) {
                sleep(800);
            }
        });
        pbx.write(first, Pbx.wav(Duration.ofSeconds(1)));
        pbx.write(second, Pbx.wav(Duration.ofSeconds(1)));
        pbx.hangup(first);
        pbx.hangup(second);
        Thread.sleep(300);
        pbx.telephony.close();

        List<String> delivered = pbx.events.stream().filter(e -> e.callId().equals(second))
                .map(e -> e.getClass().getSimpleName()).toList();
        assertThat(delivered).containsExactly("Ended", "RecordingAvailable");
    }

    @Test
    void aCallPlacedAfterStoppingIsRefusedInWords() {
        pbx.telephony.close();
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> org.assertj.core.api.Assertions
                .assertThatIllegalStateException().isThrownBy(() -> pbx.place("op1", "+441632960001"))
                .withMessage("Rollcall is stopping: no new calls are placed"));
    }

    /** The application stops, leaving its calls to the PBX, and starts again. */
    private void restart() {
        pbx.connectWith(Pbx.settings(pbx.ami.port(), recordings));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
