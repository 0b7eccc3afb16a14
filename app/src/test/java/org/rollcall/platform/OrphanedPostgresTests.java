package org.rollcall.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is and is not taken for a left-over postmaster (the forked restart test stops a real one). */
class OrphanedPostgresTests {

    @TempDir
    Path directory;

    @Test
    void onlyAPostgresServerOnThisVeryDirectoryIsOurs() {
        Path dir = Path.of("/srv/rollcall/data/postgres");
        assertThat(OrphanedPostgres.isPostgresOn("/tmp/embedded-pg/PG-1/bin/postgres -D /srv/rollcall/data/postgres "
                + "-p 54329 -F -c fsync=on", dir)).isTrue();
        assertThat(OrphanedPostgres.isPostgresOn("/tmp/embedded-pg/PG-1/bin/postgres -D /srv/rollcall/data/postgres",
                dir)).isTrue();
        assertThat(OrphanedPostgres.isPostgresOn("/usr/bin/postgres -D /srv/rollcall/data/postgres-other -p 5432",
                dir)).as("another directory").isFalse();
        assertThat(OrphanedPostgres.isPostgresOn("/usr/bin/vim -D /srv/rollcall/data/postgres", dir))
                .as("not postgres").isFalse();
        assertThat(OrphanedPostgres.isPostgresOn("", dir)).isFalse();
    }

    @Test
    void nothingToDoWithoutAPidFileOrWhenItsProcessIsGone() throws Exception {
        assertThat(OrphanedPostgres.stop(directory)).isEmpty();

        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(directory.resolve("postmaster.pid"), gone.pid() + "\n" + directory + "\n");
        assertThat(OrphanedPostgres.stop(directory)).isEmpty();
    }

    @Test
    void aProcessThatIsNotPostgresOnThisDirectoryIsLeftAlone() throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(directory.resolve("postmaster.pid"), other.pid() + "\n" + directory + "\n");
            assertThat(OrphanedPostgres.stop(directory)).isEmpty();
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aServerWhoseJvmStillHoldsTheLockIsLeftAlone() throws Exception {
        Process server = fakePostmaster();
        try (FileChannel lock = FileChannel.open(directory.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); var held = lock.lock()) {
            Files.writeString(directory.resolve("postmaster.pid"), server.pid() + "\n" + directory + "\n");
            assertThat(OrphanedPostgres.stop(directory)).as("a live JVM runs it").isEmpty();
            assertThat(server.isAlive()).isTrue();
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void aLeftOverServerIsStopped() throws IOException, InterruptedException {
        Process server = fakePostmaster();
        try {
            Files.writeString(directory.resolve("postmaster.pid"), server.pid() + "\n" + directory + "\n");

            assertThat(OrphanedPostgres.stop(directory)).contains(server.pid());

            assertThat(directory.resolve("postmaster.pid")).doesNotExist();
        } finally {
            server.destroyForcibly();
        }
    }

    /**
     * A process whose command line reads {@code <dir>/bin/postgres <script> -D <dir>}, and which, like a postmaster,
     * removes its pid file and exits when told to stop. (A shell started with SIGINT ignored, as under a build run
     * in the background, cannot trap it: the clean-up's SIGTERM after 10 s stops it then.)
     */
    private Process fakePostmaster() throws IOException, InterruptedException {
        Path script = directory.resolve("postmaster.sh");
        Files.writeString(script, "trap 'rm -f \"$2/postmaster.pid\"; exit 0' INT TERM\n"
                + "while true; do sleep 0.1; done\n");
        // Java reads the program from /proc/<pid>/exe, so the program itself must be called postgres: bash, copied
        Path postgres = Files.createDirectories(directory.resolve("bin")).resolve("postgres");
        Files.copy(Path.of("/bin/bash"), postgres);
        postgres.toFile().setExecutable(true);
        Process server = new ProcessBuilder(postgres.toString(), script.toString(), "-D", directory.toString())
                .start();
        Thread.sleep(300); // exec'd, and the trap set
        assertThat(ProcessHandle.of(server.pid()).orElseThrow().info().commandLine().orElseThrow())
                .startsWith(directory.resolve("bin/postgres").toString());
        return server;
    }
}
