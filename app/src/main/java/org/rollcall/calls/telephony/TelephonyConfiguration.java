package org.rollcall.calls.telephony;

import org.rollcall.telephony.Telephony;
import org.rollcall.telephony.simulated.SimulatedExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exactly one Telephony for the whole app, chosen by rollcall.telephony.provider. */
@Configuration(proxyBeanMethods = false)
class TelephonyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelephonyConfiguration.class);

    @Bean(destroyMethod = "close")
    Telephony telephony(TelephonyProperties properties) {
        return switch (properties.provider()) {
            case SIMULATED -> {
                var settings = properties.simulated().settings();
                log.info("Embedded default: simulated exchange (seed {}, clock x{}); set "
                        + "rollcall.telephony.provider=asterisk or twilio for real calls", settings.seed(),
                        settings.clockSpeed());
                yield new SimulatedExchange(settings);
            }
            case ASTERISK, TWILIO -> throw new IllegalStateException("rollcall.telephony.provider="
                    + properties.provider().name().toLowerCase() + " is not available in this build yet");
        };
    }
}
