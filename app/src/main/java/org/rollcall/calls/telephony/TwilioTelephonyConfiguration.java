package org.rollcall.calls.telephony;

import org.rollcall.telephony.twilio.TwilioTelephony;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** rollcall.telephony.provider=twilio: calls through Twilio, progress by signed webhooks. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "rollcall.telephony.provider", havingValue = "twilio")
class TwilioTelephonyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TwilioTelephonyConfiguration.class);

    @Bean(destroyMethod = "close")
    TwilioTelephony telephony(TwilioProperties properties) {
        TwilioTelephony telephony = new TwilioTelephony(properties.settings());
        log.info("Telephony: Twilio account {}, webhooks at {}/telephony/twilio/", properties.accountSid(),
                properties.publicBaseUrl());
        return telephony;
    }
}
