package org.rollcall.calls.telephony;

import java.nio.file.Path;
import java.time.Duration;

import org.rollcall.telephony.asterisk.AsteriskSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** rollcall.telephony.asterisk.*: see dialplan/README.md for how each maps to the PBX's configuration. */
@ConfigurationProperties("rollcall.telephony.asterisk")
public record AsteriskProperties(String host, @DefaultValue("5038") int port, String username, String password,
                                 @DefaultValue("rollcall-outbound") String context,
                                 @DefaultValue("PJSIP/{operator}") String operatorEndpointTemplate,
                                 @DefaultValue("PJSIP/{number}@trunk") String destinationDialTemplate,
                                 @DefaultValue("/var/spool/asterisk/monitor/rollcall") Path recordingDirectory,
                                 @DefaultValue("25s") Duration ringTimeout,
                                 @DefaultValue("5s") Duration reconnectDelay,
                                 @DefaultValue("30s") Duration originateTimeout,
                                 @DefaultValue("15s") Duration pingInterval,
                                 @DefaultValue("2m") Duration outageCallTimeout) {

    AsteriskSettings settings() {
        return new AsteriskSettings(host, port, username, password, context, operatorEndpointTemplate,
                destinationDialTemplate, recordingDirectory, ringTimeout, reconnectDelay, originateTimeout,
                pingInterval, outageCallTimeout);
    }

    @Override
    public String toString() {
        return "AsteriskProperties[host=" + host + ", port=" + port + ", username=" + username + ", password=***]";
    }
}
