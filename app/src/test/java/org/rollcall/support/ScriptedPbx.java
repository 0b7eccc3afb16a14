package org.rollcall.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.telephony.asterisk.ScriptedAmiServer;

/**
 * An Asterisk for the application's tests: the telephony library's scripted AMI server over real TCP, and a real
 * MixMonitor folder in a temporary directory. Its properties switch Rollcall to the Asterisk adapter.
 */
public final class ScriptedPbx implements AutoCloseable {

    public final ScriptedAmiServer ami;
    public final Path folder;

    public ScriptedPbx() {
        try {
            ami = new ScriptedAmiServer();
            folder = Files.createTempDirectory("mixmonitor");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String[] properties() {
        return new String[] {"rollcall.telephony.provider=asterisk",
                "rollcall.telephony.asterisk.host=127.0.0.1",
                "rollcall.telephony.asterisk.port=" + ami.port(),
                "rollcall.telephony.asterisk.username=rollcall",
                "rollcall.telephony.asterisk.password=secret",
                "rollcall.telephony.asterisk.reconnect-delay=1s",
                "rollcall.telephony.asterisk.recording-directory=" + folder,
                // Tests sweep when they choose.
                "rollcall.recording.sweep-interval=1h"};
    }

    /** The operator answers their phone, the school answers: Asterisk bridges them. */
    public void connect(UUID call) throws IOException {
        ami.event("Event: Newchannel", "Channel: PJSIP/op-" + call, "Uniqueid: " + call, "Linkedid: " + call);
        ami.event("Event: Newstate", "Channel: PJSIP/op-" + call, "ChannelState: 6", "ChannelStateDesc: Up",
                "Uniqueid: " + call, "Linkedid: " + call);
        ami.event("Event: DialBegin", "Channel: PJSIP/op-" + call, "Uniqueid: " + call, "Linkedid: " + call,
                "DestChannel: PJSIP/trunk-1", "DestUniqueid: 1700.1", "DestLinkedid: " + call);
        ami.event("Event: DialEnd", "Channel: PJSIP/op-" + call, "Uniqueid: " + call, "Linkedid: " + call,
                "DestChannel: PJSIP/trunk-1", "DestUniqueid: 1700.1", "DialStatus: ANSWER");
    }

    public void hangup(UUID call) throws IOException {
        ami.event("Event: Hangup", "Channel: PJSIP/op-" + call, "Uniqueid: " + call, "Linkedid: " + call,
                "Cause: 16", "Cause-txt: Normal Clearing");
    }

    /** MixMonitor's file for the call, in the folder dated by the day it was placed on Rollcall's clock. */
    public Path file(UUID call, LocalDate day) {
        return folder.resolve("%04d/%02d/%02d/%s.wav".formatted(day.getYear(), day.getMonthValue(),
                day.getDayOfMonth(), call));
    }

    public Path write(UUID call, LocalDate day, byte[] wav) throws IOException {
        Path file = file(call, day);
        Files.createDirectories(file.getParent());
        return Files.write(file, wav);
    }

    /** An 8 kHz 16-bit mono PCM WAV as MixMonitor writes it, {@code audio} long, different for each seed. */
    public static byte[] wav(Duration audio, int seed) {
        int data = (int) (audio.toMillis() * 16);
        ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + data).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(data);
        for (int i = 0; i < data / 2; i++) {
            b.putShort((short) (Math.sin(i / (5.0 + seed)) * 8000));
        }
        return b.array();
    }

    /** What a PBX killed mid-call leaves: MixMonitor's 44-byte header, its sizes still 0, and nothing after it. */
    public static byte[] headerOnly() {
        byte[] wav = wav(Duration.ZERO, 0);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0).putInt(40, 0);
        return wav;
    }

    @Override
    public void close() throws IOException {
        ami.close();
    }
}
