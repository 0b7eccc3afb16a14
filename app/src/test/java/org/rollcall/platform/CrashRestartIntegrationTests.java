package org.rollcall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.ForkedRollcall.alive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rollcall.support.ForkedRollcall;
import org.rollcall.support.ForkedRollcall.Run;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Rollcall as it runs for real, in a JVM of its own on its embedded defaults (PostgreSQL, S3Proxy, a generated key),
 * killed with {@code kill -9} and started again on the same data directory: the second start finds the PostgreSQL
 * and S3Proxy the killed one left running, stops them, says so in the log, and comes up with the data in place. The
 * first start's database port is chosen afresh each time (port 0), so without the clean-up the second would fail on
 * PostgreSQL's lock file; on a fixed port it would quietly run on the old server with the old run's settings.
 * The outbox across the same crash: the demo's start-up email is queued while the SMTP relay is down, still waiting
 * when the JVM is killed, and sent exactly once by the next start.
 */
class CrashRestartIntegrationTests {

    private final ForkedRollcall rollcall = new ForkedRollcall();
    private GreenMail relay;

    @Test
    void aStartAfterKillNineStopsWhatTheKilledRunLeftAndComesUpWithItsData() throws Exception {
        Path data = rollcall.data();
        int smtp = ForkedRollcall.freePort();
        Run first = rollcall.start("first", arguments(smtp));
        long postmaster = rollcall.postmasterPid();
        long s3proxy = rollcall.s3ProxyPid();
        Path key = data.resolve("keys/directory.key");
        assertThat(permissions(key)).as("the generated key, owner only").isEqualTo("rw-------");
        assertThat(permissions(key.getParent())).isEqualTo("rwx------");
        assertThat(rollcall.query("SHOW fsync")).as("the run command keeps fsync on").isEqualTo("on");
        assertThat(rollcall.query("SHOW synchronous_commit")).isEqualTo("on");
        String authorities = rollcall.query("SELECT count(*) FROM authority");
        assertThat(authorities).isEqualTo("3");

        // The demo's daily summary, waiting for the relay that is not there yet. Other demo mail (introduction
        // letters to carers) may wait beside it, as many as the demo data gives: follow this one.
        await().atMost(Duration.ofMinutes(1)).until(() -> Integer.parseInt(rollcall.query(
                "SELECT count(*) FROM outbox_message WHERE kind = 'daily-summary' AND status = 'PENDING' "
                        + "AND attempts >= 2")) == 1);
        String waiting = rollcall.query("SELECT id FROM outbox_message WHERE kind = 'daily-summary'");
        String messageId = rollcall.query("SELECT message_id FROM outbox_message WHERE kind = 'daily-summary'");

        first.kill();
        assertThat(alive(postmaster)).as("PostgreSQL outlives the killed JVM").isTrue();
        assertThat(alive(s3proxy)).as("so does S3Proxy").isTrue();
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--")); // as older versions made it

        relay = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        Run second = rollcall.start("second", arguments(smtp));
        String log = second.log();
        assertThat(log).contains("Embedded PostgreSQL: found the server (process " + postmaster + ") that a killed "
                + "run left on " + data.resolve("postgres") + "; stopping it before starting again");
        assertThat(log).contains("Stopping S3Proxy process " + s3proxy + " left by a JVM that is gone");
        assertThat(log).contains("Demo data: the database already has data; nothing generated");
        assertThat(log).contains(key + " was rw-r--r--; made readable by its owner only (rw-------)");
        assertThat(alive(postmaster)).isFalse();
        assertThat(alive(s3proxy)).isFalse();
        assertThat(rollcall.postmasterPid()).isNotEqualTo(postmaster);
        assertThat(rollcall.query("SELECT count(*) FROM authority")).as("the data survived").isEqualTo(authorities);
        assertThat(permissions(key)).isEqualTo("rw-------");
        await().atMost(Duration.ofMinutes(1)).until(() -> "SENT".equals(rollcall.query(
                "SELECT status FROM outbox_message WHERE id = '" + waiting + "'")));
        Thread.sleep(Duration.ofSeconds(6)); // three polls of the worker: time for a second copy, if there were one
        assertThat(Arrays.stream(relay.getReceivedMessages()).filter(m -> messageId.equals(messageId(m))))
                .as("the message that waited through the crash, received once").hasSize(1);

        second.process().destroy(); // an ordinary stop shuts both servers down
        assertThat(second.process().waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    @AfterEach
    void stopEverything() throws IOException {
        rollcall.close();
        if (relay != null) {
            relay.stop();
        }
    }

    /** The demo data, and a relay on a port of its own over plain SMTP (a test's relay has no TLS). */
    private static String[] arguments(int smtp) {
        return new String[] {"--rollcall.demo.data=true", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp,
                "--rollcall.notify.allow-smtp-without-tls=true",
                "--spring.mail.properties.mail.smtp.starttls.required=false", "--rollcall.notify.initial-delay=1s",
                "--rollcall.notify.max-delay=2s", "--rollcall.notify.max-attempts=100"};
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
