package org.rollcall.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rollcall.RollcallApplication;

/**
 * Rollcall as it runs for real, in a JVM of its own on its embedded defaults (PostgreSQL, S3Proxy, a generated key),
 * killed with {@code kill -9} and started again on the same data directory: the second start finds the PostgreSQL
 * and S3Proxy the killed one left running, stops them, says so in the log, and comes up with the data in place. The
 * first start's database port is chosen afresh each time (port 0), so without the clean-up the second would fail on
 * PostgreSQL's lock file; on a fixed port it would quietly run on the old server with the old run's settings.
 */
class CrashRestartIntegrationTests {

    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final Path data = Path.of("target/it-data/crash-" + UUID.randomUUID()).toAbsolutePath();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> started = new ArrayList<>();

    @Test
    void aStartAfterKillNineStopsWhatTheKilledRunLeftAndComesUpWithItsData() throws Exception {
        Run first = start("first");
        long postmaster = postmasterPid();
        long s3proxy = s3ProxyPid();
        Path key = data.resolve("keys/directory.key");
        assertThat(permissions(key)).as("the generated key, owner only").isEqualTo("rw-------");
        assertThat(permissions(key.getParent())).isEqualTo("rwx------");
        assertThat(query("SHOW fsync")).as("the run command keeps fsync on").isEqualTo("on");
        assertThat(query("SHOW synchronous_commit")).isEqualTo("on");
        String authorities = query("SELECT count(*) FROM authority");
        assertThat(authorities).isEqualTo("3");

        first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9
        assertThat(alive(postmaster)).as("PostgreSQL outlives the killed JVM").isTrue();
        assertThat(alive(s3proxy)).as("so does S3Proxy").isTrue();
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--")); // as older versions made it

        Run second = start("second");
        String log = second.log();
        assertThat(log).contains("Embedded PostgreSQL: found the server (process " + postmaster + ") that a killed "
                + "run left on " + data.resolve("postgres") + "; stopping it before starting again");
        assertThat(log).contains("Stopping S3Proxy process " + s3proxy + " left by a JVM that is gone");
        assertThat(log).contains("Demo data: the database already has data; nothing generated");
        assertThat(log).contains(key + " was rw-r--r--; made readable by its owner only (rw-------)");
        assertThat(alive(postmaster)).isFalse();
        assertThat(alive(s3proxy)).isFalse();
        assertThat(postmasterPid()).isNotEqualTo(postmaster);
        assertThat(query("SELECT count(*) FROM authority")).as("the data survived").isEqualTo(authorities);
        assertThat(permissions(key)).isEqualTo("rw-------");

        second.process.destroy(); // an ordinary stop shuts both servers down
        assertThat(second.process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    @AfterEach
    void stopEverything() throws IOException {
        started.forEach(Process::destroyForcibly);
        if (Files.exists(data.resolve("postgres/postmaster.pid"))) {
            ProcessHandle.of(postmasterPid()).ifPresent(ProcessHandle::destroy);
        }
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("org.gaul.s3proxy")
                && p.info().commandLine().orElse("").contains(data.toString())).forEach(ProcessHandle::destroy);
    }

    private record Run(Process process, Path logFile) {

        String log() throws IOException {
            return Files.readString(logFile);
        }
    }

    /** The application in a JVM of its own, from this test's class path, in app/ (as spring-boot:run would be). */
    private Run start(String name) throws Exception {
        int port = freePort();
        int management = freePort();
        Path logFile = Files.createDirectories(data).resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-Xmx768m", "-cp", classPath, RollcallApplication.class.getName(),
                "--rollcall.platform.data-directory=" + data, "--rollcall.platform.embedded-database-port=0",
                "--server.port=" + port, "--management.server.port=" + management, "--rollcall.demo.data=true",
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        started.add(process);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!healthy(management)) {
            assertThat(process.isAlive()).as("%s start exited; its log %s ends with:%n%s", name, logFile,
                    tail(logFile)).isTrue();
            assertThat(System.nanoTime()).as("%s start not healthy within %s; log %s", name, STARTUP, logFile)
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
        return new Run(process, logFile);
    }

    private boolean healthy(int management) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private String query(String sql) throws IOException, SQLException {
        String port = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).strip();
        try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "");
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).getFirst().strip());
    }

    private long s3ProxyPid() throws IOException {
        try (var files = Files.list(data.resolve("s3"))) {
            Path pidFile = files.filter(f -> f.getFileName().toString().matches("s3proxy-\\d+\\.pid")).findFirst()
                    .orElseThrow();
            return Long.parseLong(Files.readString(pidFile).strip().split(" ")[0]);
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(p -> p.isAlive() && p.info().commandLine().isPresent()).orElse(false);
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
