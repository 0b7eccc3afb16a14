package org.rollcall.recordings.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pid files for S3Proxy child processes, naming each child's owning JVM. A shutdown hook stops the child normally; these let
 * the next start stop a child whose owner was killed outright (kill -9, IDE stop), without touching one that
 * another live JVM (the running app while tests run) still owns.
 */
final class OrphanedServers {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServers.class);

    private OrphanedServers() {
    }

    static Path pidFile(Path directory, Process child) {
        return directory.resolve("s3proxy-" + child.pid() + ".pid");
    }

    static void record(Path directory, Process child) throws IOException {
        Files.writeString(pidFile(directory, child), child.pid() + " " + ProcessHandle.current().pid() + "\n");
    }

    static void stop(Path directory) throws IOException {
        List<Path> files;
        try (var listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().matches("s3proxy-\\d+\\.pid")).toList();
        }
        for (Path file : files) {
            String[] pids = Files.readString(file).strip().split(" ");
            if (pids.length != 2 || ProcessHandle.of(Long.parseLong(pids[1])).isPresent()) {
                continue;
            }
            ProcessHandle.of(Long.parseLong(pids[0]))
                    .filter(p -> p.info().commandLine().orElse("").contains("org.gaul.s3proxy"))
                    .ifPresent(orphan -> {
                        log.info("Stopping S3Proxy process {} left by a JVM that is gone", orphan.pid());
                        orphan.destroy();
                    });
            Files.deleteIfExists(file);
        }
    }
}
