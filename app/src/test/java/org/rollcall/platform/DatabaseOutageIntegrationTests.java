package org.rollcall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database goes away in the middle of a robot operator's call (its postmaster stopped with SIGINT, as a restart
 * of PostgreSQL would): the health endpoint answers DOWN promptly rather than after the pool's timeout, the robot's
 * step that failed is retried, and once PostgreSQL is back the call is finished and wrapped up, not left connected.
 */
@RollcallIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.demo.robot-think-time=3s"})
class DatabaseOutageIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired PlatformProperties platform;
    @Autowired DirectoryAdmin directory;
    @Autowired CallLog calls;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @LocalManagementPort int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsDownPromptlyAndTheRobotsCallIsFinishedOnceTheDatabaseIsBack(CapturedOutput output) throws Exception {
        AuthorityId authority = directory.createAuthority("Outage Borough", Nation.ENGLAND, "851");
        ProvisionId school = RecordedCalls.school(directory, clock, authority, "Outage School", "01632 960871");
        await("the robot's call connected").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> call(school).filter(c -> c.status() == CallStatus.CONNECTED).isPresent());
        CallSummary connected = call(school).orElseThrow();
        assertThat(get("/actuator/health/db").statusCode()).isEqualTo(200);

        Postmaster postgres = Postmaster.of(platform.dataDirectory().resolve("postgres"));
        postgres.stop(); // the robot thinks for 3 s before its next step, which then finds no database

        // The first check may fail at once on a pooled connection the server closed; later ones wait for a new
        // connection, which the pool would do for its whole connection-timeout.
        for (int check = 1; check <= 3; check++) {
            long asked = System.nanoTime();
            HttpResponse<String> db = get("/actuator/health/db");
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
            System.out.printf("Database down: /actuator/health/db answered %d in %d ms: %s%n", db.statusCode(),
                    answeredIn.toMillis(), db.body());
            assertThat(db.statusCode()).isEqualTo(503);
            JsonNode down = JSON.readTree(db.body());
            assertThat(down.at("/status").asString()).isEqualTo("DOWN");
            assertThat(answeredIn).as("answered, not after the pool's timeout").isLessThan(Duration.ofSeconds(10));
        }
        assertThat(get("/actuator/health").statusCode()).isEqualTo(503);

        await("the robot's step failed and is retried").atMost(Duration.ofSeconds(60))
                .until(() -> output.getAll().contains("Robot operator step failed, the database cannot be reached; "
                        + "retrying"));
        postgres.start();

        await("db UP").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/actuator/health/db").statusCode() == 200);
        await("the call finished and wrapped up").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> call(school).filter(c -> c.status() == CallStatus.DONE).isPresent());
        CallSummary done = call(school).orElseThrow();
        assertThat(done.id()).isEqualTo(connected.id());
        assertThat(done.outcome()).isEqualTo(CallOutcome.COMPLETED);
        assertThat(jdbc.sql("SELECT count(*) FROM mark WHERE call_id = ?").param(done.id().value())
                .query(Long.class).single()).as("the child's marks, taken after the outage").isPositive();
    }

    private Optional<CallSummary> call(ProvisionId school) {
        return calls.onDate(LocalDate.now(clock)).stream().filter(c -> c.provisionId().equals(school)).findFirst();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The embedded PostgreSQL's postmaster, stopped and started behind the application's back with the same command
     * line; the context's own close (pg_ctl stop on the directory) stops the restarted one.
     */
    record Postmaster(Path directory, List<String> command) {

        static Postmaster of(Path directory) throws IOException {
            long pid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).getFirst().strip());
            ProcessHandle.Info info = ProcessHandle.of(pid).orElseThrow().info();
            var command = new ArrayList<String>();
            if (System.getProperty("user.name").equals("root")) {
                command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
            }
            command.add(info.command().orElseThrow());
            command.addAll(List.of(info.arguments().orElseThrow()));
            return new Postmaster(directory.toAbsolutePath(), command);
        }

        void stop() throws Exception {
            long pid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).getFirst().strip());
            assertThat(new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor()).isZero();
            await("PostgreSQL stopped").atMost(Duration.ofSeconds(30))
                    .until(() -> !Files.exists(directory.resolve("postmaster.pid")));
        }

        void start() throws Exception {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolveSibling("restarted-postgres.log")
                            .toFile())).start();
            await("PostgreSQL ready").atMost(Duration.ofSeconds(30)).until(() -> Files.exists(
                    directory.resolve("postmaster.pid")) && Files.readString(directory.resolve("postmaster.pid"))
                    .contains("ready"));
        }
    }
}
