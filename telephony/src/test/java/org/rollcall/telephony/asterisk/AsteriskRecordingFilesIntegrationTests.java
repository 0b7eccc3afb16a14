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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.telephony.HeldRecording;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;

/** What the adapter does with MixMonitor's files: real files in a temporary folder, a scripted PBX over TCP. */
class AsteriskRecordingFilesIntegrationTests {

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
    void aPbxKilledMidCallEndsTheCallWhenTheLinkWentAndSaysWhyItsFileHoldsNoAudio() throws Exception {
        pbx.connectWith(Pbx.settings(pbx.ami.port(), recordings, Duration.ofSeconds(15), Duration.ofSeconds(2)));
        Instant beforeBridge = Pbx.CLOCK.instant();
        TelephonyCallId id = pbx.connectedCall();
        pbx.write(id, Pbx.headerOnly());
        Thread.sleep(1000); // the PBX dies a second into the conversation, and stays down
        pbx.ami.bannerDelay(60_000);
        Instant killed = Pbx.CLOCK.instant();
        pbx.ami.drop();

        var ended = (TelephonyEvent.Ended) pbx.events.poll(30, TimeUnit.SECONDS);
        assertThat(ended).as("closed once the outage deadline passed").isNotNull();
        assertThat(ended.at()).as("the call ended when the link went, not when the deadline passed 2 s later")
                .isBetween(killed, killed.plusMillis(700));
        assertThat(ended.talkTime()).isBetween(Duration.ofMillis(900), Duration.between(beforeBridge, killed)
                .plusMillis(700));
        var recording = (TelephonyEvent.RecordingAvailable) pbx.next();
        assertThat(recording.source().interruption()).contains("PBX stopped mid-call");
        assertThat(recording.source().stoppedAt()).contains(ended.at());
        try (InputStream in = recording.source().open()) {
            assertThat(in.readAllBytes()).as("offered as it is: the application judges it").hasSize(44);
        }
    }

    @Test
    void theRecordingStoppedWithTheHangUpSoItsOwnStartIsItsLengthBeforeThat() throws Exception {
        TelephonyCallId id = pbx.connectedCall();
        pbx.write(id, Pbx.wav(Duration.ofMillis(1500)));
        pbx.hangup(id);
        var ended = (TelephonyEvent.Ended) pbx.next();
        var recording = (TelephonyEvent.RecordingAvailable) pbx.next();
        assertThat(recording.source().stoppedAt()).contains(ended.at());
        assertThat(recording.source().interruption()).isEmpty();
    }

    @Test
    void busyAndUnansweredCallsLeaveNoFileBehind() throws Exception {
        TelephonyCallId busy = pbx.place("op1", "+441632960001");
        pbx.ami.awaitAction("Originate");
        pbx.operatorAnswers(busy);
        // MixMonitor(…,b) runs before Dial: it leaves a header even though nothing was ever bridged.
        Path file = pbx.write(busy, Pbx.headerOnly());
        pbx.dialEnd(busy, "BUSY");
        pbx.hangup(busy, 17, "User busy");
        assertThat(pbx.next()).isInstanceOf(TelephonyEvent.Busy.class);
        assertThat(pbx.next()).isInstanceOf(TelephonyEvent.Ended.class);
        await("the empty file removed").atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(file));
        assertThat(pbx.events.poll(200, TimeUnit.MILLISECONDS)).as("no recording offered").isNull();
    }

    @Test
    void aFileWithAudioIsNeverRemovedJustBecauseTheBridgeWasNotSeen() throws Exception {
        TelephonyCallId id = pbx.place("op1", "+441632960002");
        pbx.ami.awaitAction("Originate");
        pbx.operatorAnswers(id);
        Path file = pbx.write(id, Pbx.wav(Duration.ofSeconds(1)));
        pbx.hangup(id);
        assertThat(pbx.next()).isInstanceOf(TelephonyEvent.Ended.class);
        Thread.sleep(3000);
        assertThat(file).as("left for the sweep, which hands it over").exists();
    }

    @Test
    void theFolderShowsWhatIsLeftInItButNotWhatIsInUseOrStillBeingWritten() throws Exception {
        TelephonyCallId live = pbx.connectedCall();
        Path liveFile = old(pbx.write(live, Pbx.wav(Duration.ofSeconds(1))));
        TelephonyCallId leftOver = new TelephonyCallId(UUID.randomUUID());
        Path leftOverFile = old(pbx.write(leftOver, Pbx.wav(Duration.ofSeconds(2))));
        Path stranger = old(Files.write(recordings.resolve("2030/01/06/voicemail-1234.wav"), Pbx.headerOnly()));
        TelephonyCallId fresh = new TelephonyCallId(UUID.randomUUID());
        pbx.write(fresh, Pbx.wav(Duration.ofSeconds(1)));

        List<HeldRecording> held = pbx.telephony.heldRecordings();
        assertThat(held).extracting(HeldRecording::name).containsExactlyInAnyOrder(
                "2030/01/06/" + leftOver + ".wav", "2030/01/06/voicemail-1234.wav");
        HeldRecording mine = held.stream().filter(h -> h.call().isPresent()).findFirst().orElseThrow();
        assertThat(mine.callId()).isEqualTo(leftOver);
        assertThat(held).filteredOn(h -> h.call().isEmpty()).hasSize(1);
        assertThat(mine.source().stoppedAt()).as("its last write, on Rollcall's clock").hasValueSatisfying(at ->
                assertThat(Duration.between(at, Pbx.CLOCK.instant())).isBetween(Duration.ofSeconds(110),
                        Duration.ofSeconds(130)));

        mine.source().release();
        assertThat(leftOverFile).doesNotExist();
        assertThat(liveFile).as("in use by a call in progress").exists();
        assertThat(stranger).as("nothing is deleted unasked").exists();
    }

    /** Last written two minutes ago: quiet long enough to be no call's growing file. */
    private static Path old(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        return file;
    }
}
