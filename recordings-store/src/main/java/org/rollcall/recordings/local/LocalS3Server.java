package org.rollcall.recordings.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3 API on 127.0.0.1 for demos, development and tests: S3Proxy, filesystem-backed, run as a child JVM from its
 * own self-contained jar so none of its dependencies meet the application's (docs/adr/0004). Buckets live under
 * {@code dataDirectory/buckets}, S3Proxy's log in {@code dataDirectory/s3proxy.log}. A child that dies while the
 * server is open is started again on the same port with the same keys. The child is stopped by {@link #close()}, by
 * a shutdown hook, and at worst by the next start after its owner was killed.
 */
public final class LocalS3Server implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalS3Server.class);
    private static final String HOST = "127.0.0.1";
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private static final Duration MAX_RESTART_WAIT = Duration.ofSeconds(30);

    private final Path directory;
    private final URI endpoint;
    private final String accessKey;
    private final String secretKey;
    private final Thread shutdownHook;
    private final List<Runnable> restartListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile Process process;
    private volatile boolean closed;
    private volatile boolean answering;

    private LocalS3Server(Path directory, URI endpoint, String accessKey, String secretKey) {
        this.directory = directory;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.shutdownHook = new Thread(() -> {
            closed = true;
            Process running = process;
            if (running != null) {
                running.destroy();
            }
        }, "s3proxy-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts S3Proxy with a fresh random secret and returns once it answers.
     *
     * @param port the port on 127.0.0.1, or 0 for a free one
     */
    public static LocalS3Server start(Path dataDirectory, int port) {
        // a fresh secret each start: only this JVM can use the server, even on a shared machine
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        return start(dataDirectory, port, "rollcall-local", HexFormat.of().formatHex(secret));
    }

    /** Starts S3Proxy with the given credentials, e.g. to restart it under clients that keep theirs. */
    public static LocalS3Server start(Path dataDirectory, int port, String accessKey, String secretKey) {
        if (!accessKey.matches("\\S+") || !secretKey.matches("\\S+")) {
            throw new IllegalArgumentException("S3Proxy keys must be non-blank without white space");
        }
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory.resolve("buckets"));
            OrphanedServers.stop(directory);
            int chosen = port == 0 ? freePort() : port;
            URI endpoint = URI.create("http://" + HOST + ":" + chosen);
            var server = new LocalS3Server(directory, endpoint, accessKey, secretKey);
            try {
                server.launch();
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start S3Proxy under " + dataDirectory, e);
        }
    }

    /** Starts the child on this server's port and keys, returns once it answers, and watches it from then on. */
    private void launch() throws IOException {
        Path buckets = bucketsDirectory();
        Path properties = writeProperties(directory, endpoint, buckets, accessKey, secretKey);
        Path logFile = directory.resolve("s3proxy.log");
        try {
            Process started = new ProcessBuilder(command(properties)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            process = started;
            try {
                OrphanedServers.record(directory, started);
                awaitListening(started, endpoint.getPort(), logFile);
            } catch (IOException | RuntimeException e) {
                started.destroyForcibly();
                Files.deleteIfExists(OrphanedServers.pidFile(directory, started));
                throw e;
            }
            answering = true;
            started.onExit().thenRun(() -> {
                answering = false;
                if (!closed) {
                    Thread.ofPlatform().daemon().name("s3proxy-supervisor").start(() -> restart(started));
                }
            });
            log.debug("S3Proxy (pid {}) on {}, buckets under {}", started.pid(), endpoint, buckets);
        } finally {
            Files.deleteIfExists(properties);
        }
    }

    /**
     * The child died while this server was open (killed, out of memory): start it again on the same port with the
     * same keys, so clients holding the endpoint go on; retried with a growing wait until it answers or is closed.
     */
    private void restart(Process dead) {
        log.warn("S3Proxy (pid {}) on {} exited with code {}; restarting it (its log: {})", dead.pid(), endpoint,
                dead.exitValue(), directory.resolve("s3proxy.log"));
        try {
            Files.deleteIfExists(OrphanedServers.pidFile(directory, dead));
        } catch (IOException e) {
            log.debug("Could not delete the pid file of S3Proxy {}", dead.pid(), e);
        }
        Duration wait = Duration.ofSeconds(1);
        while (!closed) {
            try {
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                    launch();
                }
                restarts.incrementAndGet();
                log.info("S3Proxy restarted on {} (pid {})", endpoint, process.pid());
                restartListeners.forEach(LocalS3Server::quietly);
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("Could not restart S3Proxy on {}: {}; trying again in {} s", endpoint, e.getMessage(),
                        wait.toSeconds());
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            wait = wait.multipliedBy(2).compareTo(MAX_RESTART_WAIT) > 0 ? MAX_RESTART_WAIT : wait.multipliedBy(2);
        }
    }

    private static void quietly(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            log.warn("A listener to S3Proxy's restart failed", e);
        }
    }

    /** Runs after each restart of a child that died (the spool then retries its waiting uploads at once). */
    public void onRestart(Runnable listener) {
        restartListeners.add(listener);
    }

    /** How often the child died and was started again. */
    public int restarts() {
        return restarts.get();
    }

    /** The child's process id, for operations and tests (a test kills it to see it restarted). */
    public long pid() {
        return process.pid();
    }

    public URI endpoint() {
        return endpoint;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Any region is accepted; this is the one the server signs with. */
    public String region() {
        return "us-east-1";
    }

    public Path bucketsDirectory() {
        return directory.resolve("buckets");
    }

    /** False from the moment the child dies until it answers again after its restart. */
    public boolean isRunning() {
        Process running = process;
        return answering && running != null && running.isAlive() && !closed;
    }

    @Override
    public void close() {
        Process running;
        synchronized (this) {
            closed = true;
            running = process;
        }
        if (running == null) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(10, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or has run
        }
        try {
            Files.deleteIfExists(OrphanedServers.pidFile(directory, running));
        } catch (IOException e) {
            log.debug("Could not delete S3Proxy pid file", e);
        }
    }

    @Override
    public String toString() {
        return "LocalS3Server[" + endpoint + ", " + directory + "]";
    }

    private static List<String> command(Path properties) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp",
                S3ProxyJar.locate().toString(), "org.gaul.s3proxy.Main", "--properties", properties.toString());
    }

    private static Path writeProperties(Path directory, URI endpoint, Path buckets, String accessKey,
                                        String secretKey) throws IOException {
        Path file = directory.resolve("s3proxy-" + UUID.randomUUID() + ".properties");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, """
                s3proxy.endpoint=%s
                s3proxy.authorization=aws-v2-or-v4
                s3proxy.identity=%s
                s3proxy.credential=%s
                jclouds.provider=filesystem-nio2
                jclouds.identity=%s
                jclouds.credential=%s
                jclouds.filesystem.basedir=%s
                """.formatted(endpoint, accessKey, secretKey, accessKey, secretKey,
                buckets.toString().replace("\\", "/")));
        return file;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(Process process, int port, Path logFile) throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with code " + process.exitValue()
                        + " while starting on port " + port + " (is the port taken?); its log " + logFile
                        + " ends with:\n" + tail(logFile));
            }
            if (answersS3(port)) {
                return;
            }
            sleep();
        }
        throw new IllegalStateException("S3Proxy did not listen on port " + port + " within " + STARTUP
                + "; see " + logFile);
    }

    /** Something else may hold the port: only an S3 error document proves S3Proxy is the one listening. */
    private static boolean answersS3(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 200);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + HOST + ":" + port
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            return answer.startsWith("HTTP/1.1") && answer.contains("<Error>");
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String tail(Path logFile) throws IOException {
        List<String> lines = Files.readAllLines(logFile);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for S3Proxy", e);
        }
    }
}
