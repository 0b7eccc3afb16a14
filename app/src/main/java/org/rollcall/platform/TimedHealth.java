package org.rollcall.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.rollcall.telephony.HumanDuration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A health component that answers within its time limit: DOWN "no answer within 2 s" when its check hangs (a
 * database that accepts no connection makes a pool wait its whole connection-timeout). The check goes on in the
 * background, and one at a time: polls meanwhile wait on the same check rather than piling up threads.
 */
public final class TimedHealth implements HealthIndicator {

    private final HealthIndicator check;
    private final Duration limit;
    private final String what;
    private CompletableFuture<Health> running;

    /**
     * @param what the thing checked, for the reason: "the database", "the S3 API"
     */
    public TimedHealth(HealthIndicator check, Duration limit, String what) {
        this.check = check;
        this.limit = limit;
        this.what = what;
    }

    @Override
    public Health health() {
        CompletableFuture<Health> answer = current();
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("reason", what + " did not answer within "
                    + HumanDuration.format(limit)).build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private synchronized CompletableFuture<Health> current() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(check::health, command -> Thread.ofVirtual()
                    .name("health-" + what.replace(' ', '-')).start(command));
        }
        return running;
    }
}
