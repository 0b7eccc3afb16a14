package org.rollcall.recordings.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.TestWavs;
import org.rollcall.recordings.s3.S3RecordingStore;
import org.rollcall.recordings.s3.S3Settings;

class LocalS3ServerIntegrationTests {

    @TempDir
    Path data;

    @Test
    void servesAnS3ApiOnLoopbackThatKeepsRecordingsOnDisk() {
        var key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));
        byte[] wav = TestWavs.wav(Duration.ofSeconds(1), 8000, 1);
        String port;
        try (var server = LocalS3Server.start(data, 0)) {
            assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(server.endpoint().getPort()).isPositive();
            port = String.valueOf(server.endpoint().getPort());
            try (var store = S3RecordingStore.create(settings(server), Clock.systemUTC())) {
                store.ensureBucket();
                store.store(key, new ByteArrayInputStream(wav), wav.length, null);
            }
            assertThat(data.resolve("buckets/rollcall-recordings/" + key.value())).hasBinaryContent(wav);
        }
        assertThat(listening(Integer.parseInt(port))).as("stopped on close").isFalse();
        assertThat(data).isDirectoryNotContaining("glob:**.pid").isDirectoryNotContaining("glob:**.properties");

        try (var again = LocalS3Server.start(data, 0);
             var store = S3RecordingStore.create(settings(again), Clock.systemUTC())) {
            assertThat(store.find(key)).as("kept across restarts").isPresent();
        }
    }

    @Test
    void aChildThatDiesIsStartedAgainOnTheSameEndpointWithTheSameKeys() throws Exception {
        var key = new RecordingKey(UUID.randomUUID(), LocalDate.of(2026, 11, 23));
        byte[] wav = TestWavs.wav(Duration.ofSeconds(1), 8000, 1);
        try (var server = LocalS3Server.start(data, 0);
             var store = S3RecordingStore.create(settings(server), Clock.systemUTC())) {
            store.ensureBucket();
            store.store(key, new ByteArrayInputStream(wav), wav.length, null);
            var restarted = new java.util.concurrent.CountDownLatch(1);
            server.onRestart(restarted::countDown);
            long first = server.pid();

            ProcessHandle.of(first).orElseThrow().destroyForcibly(); // kill -9, as the OOM killer would
            assertThat(restarted.await(60, java.util.concurrent.TimeUnit.SECONDS)).as("restarted").isTrue();

            assertThat(server.pid()).isNotEqualTo(first);
            assertThat(server.isRunning()).isTrue();
            assertThat(server.restarts()).isEqualTo(1);
            assertThat(store.find(key)).as("the client keeps its endpoint and keys").isPresent();
            assertThat(data).as("the dead child's pid file is gone")
                    .isDirectoryNotContaining("glob:**s3proxy-" + first + ".pid");
        }
        assertThat(data).isDirectoryNotContaining("glob:**.pid");
    }

    @Test
    void refusesOtherCredentials() {
        try (var server = LocalS3Server.start(data, 0);
             var store = S3RecordingStore.create(S3Settings.of(server.endpoint(), server.region(), "any-bucket",
                     server.accessKey(), "not-the-secret"), Clock.systemUTC())) {
            assertThatThrownBy(store::ensureBucket).hasMessageContaining("403");
        }
    }

    @Test
    void saysSoWhenThePortIsTaken() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> LocalS3Server.start(data, taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is the port taken?");
        }
        assertThat(Files.readString(data.resolve("s3proxy.log"))).isNotBlank();
    }

    @Test
    void stopsAChildLeftByAKilledOwnerButNotOneAnotherLiveJvmOwns() throws Exception {
        Process deadOwner = new ProcessBuilder("true").start();
        deadOwner.waitFor();
        // stands in for an S3Proxy whose JVM was killed with -9: its command line names S3Proxy's main class
        // (two commands, so bash stays and does not exec sleep in its place)
        Process orphan = new ProcessBuilder("bash", "-c", "sleep 60; exit 0", "org.gaul.s3proxy.Main").start();
        Files.writeString(data.resolve("s3proxy-" + orphan.pid() + ".pid"), orphan.pid() + " " + deadOwner.pid());

        try (var first = LocalS3Server.start(data, 0); var second = LocalS3Server.start(data, 0)) {
            assertThat(orphan.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).as("orphan stopped").isTrue();
            assertThat(first.isRunning()).as("a live owner's server is left alone").isTrue();
            assertThat(second.isRunning()).isTrue();
        } finally {
            orphan.destroyForcibly();
        }
    }

    private static S3Settings settings(LocalS3Server server) {
        return S3Settings.of(server.endpoint(), server.region(), "rollcall-recordings", server.accessKey(),
                server.secretKey());
    }

    private static boolean listening(int port) {
        try (var socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
