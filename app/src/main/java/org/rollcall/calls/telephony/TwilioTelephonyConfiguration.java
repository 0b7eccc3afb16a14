package org.rollcall.calls.telephony;

import java.time.Clock;

import org.rollcall.calls.CallsProperties;
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
    TwilioTelephony telephony(TwilioProperties properties, CallsProperties calls, Clock clock) {
        var settings = properties.settings();
        // The dialler presents rollcall.calls.caller-id; Twilio presents only numbers it owns or has verified.
        if (!settings.callerId().value().equals(calls.callerId())) {
            throw new IllegalArgumentException("rollcall.calls.caller-id (" + calls.callerId() + ") must be the "
                    + "Twilio number rollcall.telephony.twilio.caller-id (" + settings.callerId() + "): set both to "
                    + "the number Twilio presents");
        }
        TwilioTelephony telephony = new TwilioTelephony(settings, clock);
        log.info("Telephony: Twilio account {}, webhooks at {}/telephony/twilio/", properties.accountSid(),
                properties.publicBaseUrl());
        return telephony;
    }

    @Bean
    TwilioHealth twilioHealthIndicator(TwilioTelephony telephony) {
        return new TwilioHealth(telephony::isAvailable);
    }
}
