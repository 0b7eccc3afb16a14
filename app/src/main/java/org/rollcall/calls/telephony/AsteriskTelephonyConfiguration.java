package org.rollcall.calls.telephony;

import java.time.Clock;

import org.rollcall.telephony.asterisk.AsteriskTelephony;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** rollcall.telephony.provider=asterisk: calls through an Asterisk PBX over AMI (dialplan/ holds its config). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "rollcall.telephony.provider", havingValue = "asterisk")
class AsteriskTelephonyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AsteriskTelephonyConfiguration.class);

    @Bean(destroyMethod = "close")
    AsteriskTelephony telephony(AsteriskProperties properties, Clock clock) {
        // Settings are validated here, so a missing or wrong one stops start-up with its property name.
        AsteriskTelephony telephony = new AsteriskTelephony(properties.settings(), clock);
        telephony.connect();
        log.info("Telephony: Asterisk at {}:{}, context {}", properties.host(), properties.port(),
                properties.context());
        return telephony;
    }

    @Bean
    AsteriskHealth asteriskHealthIndicator(AsteriskTelephony telephony, AsteriskProperties properties) {
        return new AsteriskHealth(telephony::isConnected, properties.host() + ":" + properties.port());
    }
}
