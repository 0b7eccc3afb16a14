package org.rollcall.calls.telephony;

import java.util.function.BooleanSupplier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health component "twilio": DOWN from a request that could not reach Twilio's API (no answer, a time-out, a 5xx,
 * 429, 401 or 403) until it answers again; the dialler is paused meanwhile. No request of its own: it reports what
 * the adapter last saw, so a health check never costs a call to Twilio.
 */
final class TwilioHealth implements HealthIndicator {

    private final BooleanSupplier available;

    TwilioHealth(BooleanSupplier available) {
        this.available = available;
    }

    @Override
    public Health health() {
        if (available.getAsBoolean()) {
            return Health.up().withDetail("api", "api.twilio.com").build();
        }
        return Health.down().withDetail("api", "api.twilio.com").withDetail("reason", "Twilio's API did not answer "
                + "or refused our requests; probing it until it answers, and the dialler is paused meanwhile").build();
    }
}
