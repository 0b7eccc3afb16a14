package org.rollcall.support;

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
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.rollcall.RollcallApplication;

/**
 * Rollcall as it runs for real, in JVMs of its own on its embedded defaults and one data directory, for tests that
 * kill it with {@code kill -9} and start it again. {@link #close()} kills what is left, PostgreSQL and S3Proxy too.
 */
public final class ForkedRollcall implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(4);

    /** One run of the application: its process and log. */
    public record Run(Process process, Path logFile) {

        public String log() throws IOException {
            return Files.readString(logFile);
        }

        /** {@code kill -9}: no shutdown hook runs, so PostgreSQL and S3Proxy are left behind. */
        public void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private final Path data = Path.of("target/it-data/forked-" + UUID.randomUUID()).toAbsolutePath();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> started = new ArrayList<>();

    public Path data() {
        return data;
    }

    /** Starts the application on this data directory with the given extra arguments and waits until it is healthy. */
    public Run start(String name, String... arguments) throws Exception {
        int port = freePort();
        int management = freePort();
        Path logFile = Files.createDirectories(data).resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-cp", classPath,
                RollcallApplication.class.getName(), "--rollcall.platform.data-directory=" + data,
                "--rollcall.platform.embedded-database-port=0", "--server.port=" + port,
                "--management.server.port=" + management, "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
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

    /** The first column of the first row, from the running (or left-over) embedded PostgreSQL. */
    public String query(String sql) throws IOException, SQLException {
        String port = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).strip();
        try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "");
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    public long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).getFirst().strip());
    }

    public long s3ProxyPid() throws IOException {
        try (var files = Files.list(data.resolve("s3"))) {
            Path pidFile = files.filter(f -> f.getFileName().toString().matches("s3proxy-\\d+\\.pid")).findFirst()
                    .orElseThrow();
            return Long.parseLong(Files.readString(pidFile).strip().split(" ")[0]);
        }
    }

    public static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(p -> p.isAlive() && p.info().commandLine().isPresent()).orElse(false);
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        started.forEach(Process::destroyForcibly);
        if (Files.exists(data.resolve("postgres/postmaster.pid"))) {
            ProcessHandle.of(postmasterPid()).ifPresent(ProcessHandle::destroy);
        }
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("org.gaul.s3proxy")
                && p.info().commandLine().orElse("").contains(data.toString())).forEach(ProcessHandle::destroy);
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

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
