package org.rollcall.calls.telephony;

import java.time.Clock;

import org.rollcall.platform.PlatformProperties;
import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.simulated.SimulatedExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The simulated exchange, the embedded default. Each real provider has its own configuration class, active when
 * rollcall.telephony.provider names it; exactly one Telephony bean exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "rollcall.telephony.provider", havingValue = "simulated", matchIfMissing = true)
class TelephonyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelephonyConfiguration.class);

    @Bean(destroyMethod = "close")
    Telephony telephony(TelephonyProperties properties, PlatformProperties platform, Clock clock) {
        var settings = properties.simulated().settings(platform.clockSpeed());
        log.info("Embedded default: simulated exchange (seed {}, clock x{}); set rollcall.telephony.provider="
                + "asterisk or twilio for real calls", settings.seed(), settings.clockSpeed());
        return new SimulatedExchange(settings, clock);
    }
}
