package org.rollcall.telephony.asterisk;

import java.nio.file.Path;
import java.time.Duration;

import org.rollcall.telephony.HumanDuration;

/**
 * How to reach the PBX and dial through it. Templates: {@code {operator}} is the operator's endpoint, {@code {number}}
 * the destination in E.164 with '+', {@code {digits}} without it. See dialplan/README.md.
 */
public record AsteriskSettings(String host, int port, String username, String password, String context,
                               String operatorEndpointTemplate, String destinationDialTemplate,
                               Path recordingDirectory, Duration ringTimeout, Duration reconnectDelay,
                               Duration originateTimeout, Duration pingInterval, Duration outageCallTimeout) {

    private static final String PREFIX = "rollcall.telephony.asterisk.";
    // Below this the pings would be traffic rather than a heartbeat.
    private static final Duration MIN_PING_INTERVAL = Duration.ofMillis(100);

    public AsteriskSettings {
        require(host, "host");
        require(username, "username");
        require(password, "password");
        require(context, "context");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(PREFIX + "port must be between 1 and 65535, not " + port);
        }
        if (operatorEndpointTemplate == null || !operatorEndpointTemplate.contains("{operator}")) {
            throw new IllegalArgumentException(PREFIX + "operator-endpoint-template must contain {operator}, for "
                    + "example PJSIP/{operator}");
        }
        if (destinationDialTemplate == null || !(destinationDialTemplate.contains("{number}")
                || destinationDialTemplate.contains("{digits}"))) {
            throw new IllegalArgumentException(PREFIX + "destination-dial-template must contain {number} or "
                    + "{digits}, for example PJSIP/{number}@trunk");
        }
        if (recordingDirectory == null) {
            throw new IllegalArgumentException(PREFIX + "recording-directory is required: the folder MixMonitor "
                    + "writes to, shared with the application");
        }
        // Ofcom: a destination must ring for at least 15 seconds before we give up on it.
        if (ringTimeout == null || ringTimeout.compareTo(Duration.ofSeconds(15)) < 0) {
            throw new IllegalArgumentException(PREFIX + "ring-timeout must be at least 15 s (Ofcom), not "
                    + HumanDuration.format(ringTimeout) + ": for example 25s");
        }
        if (reconnectDelay == null || reconnectDelay.isNegative() || reconnectDelay.isZero()) {
            throw new IllegalArgumentException(PREFIX + "reconnect-delay must be positive, for example 5s, not "
                    + HumanDuration.format(reconnectDelay));
        }
        if (originateTimeout == null || originateTimeout.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new IllegalArgumentException(PREFIX + "originate-timeout must be at least 5 s, for example 30s, not "
                    + HumanDuration.format(originateTimeout) + ": how long the operator's phone may ring");
        }
        if (pingInterval == null || pingInterval.compareTo(MIN_PING_INTERVAL) < 0) {
            throw new IllegalArgumentException(PREFIX + "ping-interval must be at least 100 ms, for example 15s, not "
                    + HumanDuration.format(pingInterval) + ": how often Rollcall pings the PBX to notice a connection "
                    + "that has gone silent");
        }
        if (outageCallTimeout == null || outageCallTimeout.isNegative() || outageCallTimeout.isZero()) {
            throw new IllegalArgumentException(PREFIX + "outage-call-timeout must be positive, for example 2m, not "
                    + HumanDuration.format(outageCallTimeout) + ": how long calls in flight wait for an unreachable PBX "
                    + "before they are closed as state unknown");
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(PREFIX + name + " is required when rollcall.telephony.provider="
                    + "asterisk");
        }
    }

    String operatorChannel(String operator) {
        return operatorEndpointTemplate.replace("{operator}", operator);
    }

    String destination(org.rollcall.telephony.E164Number number) {
        return destinationDialTemplate.replace("{number}", number.value()).replace("{digits}", number.digits());
    }
}
