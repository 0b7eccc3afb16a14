package org.rollcall.recording.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;
import org.rollcall.recordings.local.LocalS3Server;
import org.rollcall.recordings.spool.RecordingSpool;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded S3 API dies while calls are recorded: health says so (component s3 DOWN), recordings wait in the
 * spool, S3Proxy is started again on its port, and the spool drains at once (not after its 5-minute backoff). The
 * port is held by a socket that drops every connection for a while, so the outage lasts long enough for calls to
 * pile up.
 */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1",
        "rollcall.recording.spool.max-backoff=10m", "rollcall.recording.spool.initial-backoff=5m"})
class S3OutageIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired LocalS3Server s3;
    @Autowired RecordingSpool spool;
    @Autowired DirectoryAdmin directory;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired Clock clock;
    @LocalManagementPort int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void whenS3ProxyDiesHealthSaysSoItIsRestartedAndTheWaitingRecordingsAreStored() throws Exception {
        assertThat(s3Health().at("/status").asString()).isEqualTo("UP");
        int port = s3.endpoint().getPort();
        int restartsBefore = s3.restarts();

        try (ServerSocket squatter = killAndHoldThePort(port)) {
            Thread.ofPlatform().daemon().start(() -> dropEveryConnection(squatter));
            await("s3 DOWN").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                    .until(() -> s3Health().at("/status").asString().equals("DOWN"));
            assertThat(overallStatus()).isEqualTo(503);

            AuthorityId authority = directory.createAuthority("Outage Borough", Nation.ENGLAND, "849");
            List<ProvisionId> schools = List.of(
                    RecordedCalls.school(directory, clock, authority, "Outage School One", "01632 960861"),
                    RecordedCalls.school(directory, clock, authority, "Outage School Two", "01632 960862"));
            await("both calls made and their recordings spooled").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> schools.stream().map(this::completedCall).allMatch(c -> c.isPresent()
                            && recordings.forCall(c.get().id().value()).isPresent()));
            assertThat(spool.pending()).as("waiting in the spool while S3 is down").isEqualTo(2);
            for (ProvisionId school : schools) {
                assertThat(recordings.forCall(completedCall(school).orElseThrow().id().value()).orElseThrow()
                        .status()).isEqualTo(RecordingStatus.PENDING);
            }
            JsonNode down = s3Health();
            assertThat(down.at("/status").asString()).isEqualTo("DOWN");
            assertThat(down.at("/details/recordingsWaiting").asInt()).isEqualTo(2);
        }

        // The port is free again: S3Proxy comes back on it, and the spool (backing off for 5 min) uploads at once.
        await("s3 UP").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> s3Health().at("/status").asString().equals("UP"));
        assertThat(s3.restarts()).isGreaterThan(restartsBefore);
        assertThat(s3.endpoint().getPort()).isEqualTo(port);
        await("spool drained").atMost(Duration.ofSeconds(30)).until(() -> spool.pending() == 0);
        await("recordings stored").atMost(Duration.ofSeconds(10)).until(() -> calls.onDate(LocalDate.now(clock))
                .stream().filter(c -> c.outcome() == CallOutcome.COMPLETED)
                .allMatch(c -> recordings.forCall(c.id().value()).filter(r -> r.status() == RecordingStatus.STORED)
                        .isPresent()));
        assertThat(s3Health().at("/details/recordingsWaiting").asInt()).isZero();
        assertThat(overallStatus()).isEqualTo(200);
    }

    /** kill -9 of S3Proxy, then its port taken before the supervisor's restart can bind it. */
    private ServerSocket killAndHoldThePort(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            ProcessHandle child = ProcessHandle.of(s3.pid()).orElseThrow();
            child.destroyForcibly();
            child.onExit().get();
            try {
                return new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
            } catch (BindException restartedFirst) {
                assertThat(System.nanoTime()).as("could not take S3Proxy's port").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    private static void dropEveryConnection(ServerSocket squatter) {
        while (!squatter.isClosed()) {
            try (Socket connection = squatter.accept()) {
                connection.setSoLinger(true, 0); // reset: the client fails at once rather than waiting
            } catch (IOException closed) {
                return;
            }
        }
    }

    private Optional<CallSummary> completedCall(ProvisionId school) {
        return calls.onDate(LocalDate.now(clock)).stream()
                .filter(c -> c.provisionId().equals(school) && c.outcome() == CallOutcome.COMPLETED).findFirst();
    }

    private JsonNode s3Health() throws IOException, InterruptedException {
        return JSON.readTree(get("/actuator/health/s3").body());
    }

    private int overallStatus() throws IOException, InterruptedException {
        return get("/actuator/health").statusCode();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
