package org.rollcall.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops the embedded PostgreSQL a killed JVM left running on its data directory, before the next start.
 * pg_ctl starts the postmaster detached, so a {@code kill -9} of the application leaves it running (re-parented to
 * PID 1) with its {@code postmaster.pid}; a start on another port then fails on that lock file, and on the same port
 * would quietly use a server started with another run's settings. The postmaster is stopped only when no live JVM
 * holds zonky's {@code epg-lock} on the directory (a running application does) and the process is a postgres server
 * on this very directory. It gets SIGINT, PostgreSQL's fast shutdown (pg_ctl refuses to run as root, and a killed
 * JVM's sessions are gone anyway).
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration STOPPING = Duration.ofSeconds(60);
    private static final Duration ESCALATE_AFTER = Duration.ofSeconds(10);

    private OrphanedPostgres() {
    }

    /** Stops a left-over postmaster on {@code directory}, if any; returns what it found, for tests. */
    static Optional<Long> stop(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (NoSuchFileException none) {
            return Optional.empty(); // stopped cleanly last time, or never started
        }
        if (lines.size() < 2 || !lines.getFirst().strip().matches("\\d+")) {
            log.warn("Embedded PostgreSQL: {} is unreadable ({} lines); leaving it to PostgreSQL", pidFile,
                    lines.size());
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        if (heldByALiveJvm(directory)) {
            log.warn("Embedded PostgreSQL: {} is in use by another running Rollcall (or test); not touching its "
                    + "server (process {})", directory, pid);
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        String command = process.flatMap(p -> p.info().commandLine()).orElse("");
        if (process.isEmpty()) {
            log.info("Embedded PostgreSQL: {} names process {}, which is gone (the last run was killed, and so was "
                    + "its server); PostgreSQL recovers from its write-ahead log", pidFile, pid);
            return Optional.empty();
        }
        if (!isPostgresOn(command, directory)) {
            log.warn("Embedded PostgreSQL: {} names process {}, which is not a PostgreSQL server on this directory "
                    + "({}); leaving it to PostgreSQL", pidFile, pid, command.isEmpty() ? "command unreadable"
                    : command);
            return Optional.empty();
        }
        log.warn("Embedded PostgreSQL: found the server (process {}) that a killed run left on {}; stopping it "
                + "before starting again", pid, directory);
        interrupt(process.get());
        awaitStopped(process.get(), pidFile);
        log.info("Embedded PostgreSQL: the left-over server (process {}) stopped; starting afresh", pid);
        return Optional.of(pid);
    }

    /** zonky locks {@code epg-lock} for as long as its JVM runs the server; the kernel drops it when the JVM dies. */
    private static boolean heldByALiveJvm(Path directory) throws IOException {
        Path lockFile = directory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException sameJvm) {
            return true;
        }
    }

    /** The postmaster keeps its command line: {@code .../bin/postgres -D <directory> -p <port> ...}. */
    static boolean isPostgresOn(String command, Path directory) {
        String program = command.split(" ", 2)[0];
        String dataDirectory = " -D " + directory.toAbsolutePath().normalize();
        return program.endsWith("/postgres")
                && (command.contains(dataDirectory + " ") || command.endsWith(dataDirectory));
    }

    /** SIGINT is PostgreSQL's fast shutdown; ProcessHandle can only send SIGTERM (smart: waits for sessions). */
    private static void interrupt(ProcessHandle postmaster) throws IOException {
        try {
            int exit = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start()
                    .waitFor();
            if (exit == 0) {
                return;
            }
        } catch (IOException noKillCommand) {
            log.debug("No kill command; sending SIGTERM instead", noKillCommand);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL process " + postmaster.pid(), e);
        }
        postmaster.destroy();
    }

    /**
     * A clean shutdown removes postmaster.pid last; PID 1 may be slow to reap the process itself. A process that has
     * not stopped after {@link #ESCALATE_AFTER} gets SIGTERM as well (one that was started with SIGINT ignored; a
     * postmaster already in fast shutdown ignores it).
     */
    private static void awaitStopped(ProcessHandle postmaster, Path pidFile) throws IOException {
        long started = System.nanoTime();
        boolean escalated = false;
        while (System.nanoTime() - started < STOPPING.toNanos()) {
            if (!Files.exists(pidFile) || !postmaster.isAlive()) {
                return;
            }
            if (!escalated && System.nanoTime() - started > ESCALATE_AFTER.toNanos()) {
                log.warn("Embedded PostgreSQL: process {} has not stopped {} s after SIGINT; sending SIGTERM",
                        postmaster.pid(), ESCALATE_AFTER.toSeconds());
                postmaster.destroy();
                escalated = true;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for PostgreSQL process " + postmaster.pid(), e);
            }
        }
        throw new IOException("the embedded PostgreSQL a killed run left (process " + postmaster.pid() + ") did not "
                + "stop within " + STOPPING.toSeconds() + " s of SIGINT and SIGTERM; stop it (kill " + postmaster.pid()
                + ") and start Rollcall again");
    }
}
