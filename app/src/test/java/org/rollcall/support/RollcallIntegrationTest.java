package org.rollcall.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real stack for integration tests: embedded PostgreSQL and S3 API in a fresh folder per test context, the
 * embedded SMTP server on a free port, the simulated exchange, and Rollcall's clock started at a fixed school-day
 * morning (no bank holiday, no half term),
 * so nothing depends on the machine's day or hour; a test that wants another moment sets its own clock-start. Robot
 * operators think for 100 ms, so their calls talk for a fraction of a second: min-audio is lowered to match, or every
 * such recording would count as holding no audio. Users sign in with their password alone (second-factor off); the
 * tests of the second factor turn it on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rollcall.platform.data-directory=target/it-data/${random.uuid}",
        "rollcall.platform.embedded-database-port=0",
        "rollcall.notify.embedded-smtp-port=0",
        "rollcall.platform.embedded-database-fsync=false",
        "server.shutdown=immediate",
        "spring.lifecycle.timeout-per-shutdown-phase=5s",
        "rollcall.platform.clock-start=2026-12-02T10:30",
        "rollcall.platform.weekend-as-weekday=true",
        "rollcall.calls.dialler-interval=200ms",
        "rollcall.calls.plan-interval=1s",
        "rollcall.calls.retry-delay=2s",
        "rollcall.demo.robot-think-time=100ms",
        "rollcall.recording.min-audio=50ms",
        "rollcall.telephony.simulated.busy-rate=0",
        "rollcall.telephony.simulated.no-answer-rate=0",
        "rollcall.telephony.simulated.fail-rate=0",
        "rollcall.telephony.simulated.hang-up-mid-call-rate=0",
        "rollcall.telephony.simulated.operator-pickup=200ms",
        "rollcall.telephony.simulated.min-ring=200ms",
        "rollcall.telephony.simulated.max-ring=500ms",
        "rollcall.directory.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "rollcall.accounts.encryption-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
        "rollcall.accounts.second-factor=off"})
public @interface RollcallIntegrationTest {
}
