package org.rollcall.calls.telephony;

import java.net.URI;
import java.time.Duration;

import org.rollcall.telephony.E164Number;
import org.rollcall.telephony.twilio.TwilioSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** rollcall.telephony.twilio.*: see dialplan/README.md, section Twilio. */
@ConfigurationProperties("rollcall.telephony.twilio")
public record TwilioProperties(String accountSid, String authToken, String apiKeySid, String apiKeySecret,
                               String twimlAppSid, String callerId, URI publicBaseUrl,
                               @DefaultValue("25s") Duration ringTimeout) {

    TwilioSettings settings() {
        if (callerId == null || callerId.isBlank()) {
            throw new IllegalArgumentException("rollcall.telephony.twilio.caller-id is required: a Twilio number in "
                    + "E.164, for example +441632960000");
        }
        E164Number number;
        try {
            number = new E164Number(callerId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rollcall.telephony.twilio.caller-id: " + e.getMessage());
        }
        return new TwilioSettings(accountSid, authToken, apiKeySid, apiKeySecret, twimlAppSid, number, publicBaseUrl,
                ringTimeout);
    }

    @Override
    public String toString() {
        return "TwilioProperties[accountSid=" + accountSid + ", authToken=***, apiKeySecret=***, publicBaseUrl="
                + publicBaseUrl + "]";
    }
}
