package org.rollcall.telephony.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.rollcall.telephony.CallRequest;
import org.rollcall.telephony.E164Number;
import org.rollcall.telephony.TelephonyCallId;
import org.rollcall.telephony.TelephonyEvent;

/**
 * A scripted PBX over real TCP, the adapter connected to it, the events it delivers and a real MixMonitor folder:
 * the steps of a call as Asterisk reports them, for the adapter's tests.
 */
final class Pbx implements AutoCloseable {

    // Rollcall's clock, not the machine's: the recording's dated folder follows it.
    static final Clock CLOCK = Clock.offset(Clock.system(ZoneId.of("Europe/London")),
            Duration.between(Instant.now(), ZonedDateTime.of(2030, 1, 6, 10, 0, 0, 0, ZoneId.of("Europe/London"))
                    .toInstant()));

    final ScriptedAmiServer ami;
    final Path recordings;
    final BlockingQueue<TelephonyEvent> events = new LinkedBlockingQueue<>();
    AsteriskTelephony telephony;

    Pbx(Path recordings) throws IOException {
        this.recordings = recordings;
        this.ami = new ScriptedAmiServer();
        connectWith(settings(ami.port(), recordings));
    }

    /** Closes the adapter and connects a new one, as an application restart would. */
    void connectWith(AsteriskSettings settings) {
        if (telephony != null) {
            telephony.close();
        }
        telephony = new AsteriskTelephony(settings, CLOCK);
        telephony.addListener(events::add);
        telephony.connect();
    }

    TelephonyCallId place(String operator, String number) {
        TelephonyCallId id = new TelephonyCallId(UUID.randomUUID());
        telephony.placeCall(new CallRequest(id, operator, new E164Number(number), new E164Number("+441632960000")));
        return id;
    }

    /** Placed, the operator answered, the school answered: bridged. */
    TelephonyCallId connectedCall() throws Exception {
        TelephonyCallId id = place("op1", "+441632960004");
        ami.awaitAction("Originate");
        operatorAnswers(id);
        dialEnd(id, "ANSWER");
        assertThat(next()).isInstanceOf(TelephonyEvent.Answered.class);
        assertThat(next()).isInstanceOf(TelephonyEvent.Bridged.class);
        return id;
    }

    void operatorAnswers(TelephonyCallId id) throws Exception {
        ami.event("Event: Newchannel", "Channel: PJSIP/op1-00000001", "Uniqueid: " + id, "Linkedid: " + id);
        ami.event("Event: Newstate", "Channel: PJSIP/op1-00000001", "ChannelState: 6", "ChannelStateDesc: Up",
                "Uniqueid: " + id, "Linkedid: " + id, "ChanVariable: CALL_ID=" + id);
        assertThat(next()).isInstanceOf(TelephonyEvent.OperatorLegUp.class);
    }

    void dialEnd(TelephonyCallId id, String status) throws Exception {
        ami.event("Event: DialEnd", "Channel: PJSIP/op1-00000001", "Uniqueid: " + id, "Linkedid: " + id,
                "DestChannel: PJSIP/trunk-00000002", "DestUniqueid: 1700.2", "DialStatus: " + status);
    }

    void hangup(TelephonyCallId id) throws Exception {
        hangup(id, 16, "Normal Clearing");
    }

    void hangup(TelephonyCallId id, int cause, String text) throws Exception {
        ami.event("Event: Hangup", "Channel: PJSIP/op1-00000001", "Uniqueid: " + id, "Linkedid: " + id,
                "Cause: " + cause, "Cause-txt: " + text);
    }

    /** @param actionId the Originate's ActionID as Asterisk-Java sent it (it adds a prefix of its own) */
    void originateFailed(String actionId, int reason) throws Exception {
        ami.event("Event: OriginateResponse", "ActionID: " + actionId, "Response: Failure", "Channel: PJSIP/op1",
                "Context: rollcall-outbound", "Exten: s", "Reason: " + reason, "Uniqueid: <null>");
    }

    TelephonyEvent next() throws InterruptedException {
        TelephonyEvent event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("an event within 10 s").isNotNull();
        return event;
    }

    /** Where MixMonitor writes the call's file: the folder is dated by Rollcall's clock, never the machine's. */
    Path file(TelephonyCallId id) {
        return recordings.resolve("2030/01/06/" + id + ".wav");
    }

    Path write(TelephonyCallId id, byte[] wav) throws IOException {
        Path file = file(id);
        Files.createDirectories(file.getParent());
        return Files.write(file, wav);
    }

    /** An 8 kHz 16-bit mono PCM WAV as MixMonitor writes it: a 44-byte header, then {@code audio} of samples. */
    static byte[] wav(Duration audio) {
        int data = (int) (audio.toMillis() * 16);
        ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + data).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(data);
        for (int i = 0; i < data / 2; i++) {
            b.putShort((short) (Math.sin(i / 10.0) * 8000));
        }
        return b.array();
    }

    /** What a PBX killed mid-call leaves: MixMonitor's header, sizes still 0, and nothing after it. */
    static byte[] headerOnly() {
        byte[] wav = wav(Duration.ZERO);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0).putInt(40, 0);
        return wav;
    }

    static AsteriskSettings settings(int port, Path recordings) {
        return settings(port, recordings, Duration.ofSeconds(15));
    }

    static AsteriskSettings settings(int port, Path recordings, Duration pingInterval) {
        return settings(port, recordings, pingInterval, Duration.ofMinutes(2));
    }

    static AsteriskSettings settings(int port, Path recordings, Duration pingInterval, Duration outageCallTimeout) {
        return new AsteriskSettings("127.0.0.1", port, "rollcall", "secret", "rollcall-outbound", "PJSIP/{operator}",
                "PJSIP/{number}@trunk", recordings, Duration.ofSeconds(25), Duration.ofSeconds(1),
                Duration.ofSeconds(30), pingInterval, outageCallTimeout);
    }

    @Override
    public void close() throws IOException {
        telephony.close();
        ami.close();
    }
}
