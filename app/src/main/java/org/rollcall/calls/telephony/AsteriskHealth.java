package org.rollcall.calls.telephony;

import java.util.function.BooleanSupplier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health component "asterisk" (management port, see ADR 0015): DOWN while the AMI connection is lost (Asterisk-Java
 * reconnects).
 */
final class AsteriskHealth implements HealthIndicator {

    private final BooleanSupplier connected;
    private final String address;

    AsteriskHealth(BooleanSupplier connected, String address) {
        this.connected = connected;
        this.address = address;
    }

    @Override
    public Health health() {
        if (connected.getAsBoolean()) {
            return Health.up().withDetail("ami", address).build();
        }
        return Health.down().withDetail("ami", address)
                .withDetail("reason", "AMI connection lost; reconnecting, then reconciling calls in flight. The "
                        + "dialler is paused meanwhile").build();
    }
}
