package org.rollcall.telephony.twilio;

import java.net.URI;
import java.time.Duration;

import org.rollcall.telephony.E164Number;
import org.rollcall.telephony.HumanDuration;

/**
 * A Twilio account and where Twilio reaches us. {@code publicBaseUrl} is the URL Twilio uses (behind a TLS proxy,
 * the proxy's), because webhook signatures are computed over it.
 */
public record TwilioSettings(String accountSid, String authToken, String apiKeySid, String apiKeySecret,
                             String twimlAppSid, E164Number callerId, URI publicBaseUrl, Duration ringTimeout) {

    private static final String PREFIX = "rollcall.telephony.twilio.";

    public TwilioSettings {
        if (accountSid == null || !accountSid.matches("AC[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException(PREFIX + "account-sid is required: 'AC' and 32 hex digits, from the "
                    + "Twilio console");
        }
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "auth-token is required (it also checks webhook signatures)");
        }
        if (callerId == null) {
            throw new IllegalArgumentException(PREFIX + "caller-id is required: a Twilio number in E.164 (Ofcom)");
        }
        if (publicBaseUrl == null || !"https".equals(publicBaseUrl.getScheme()) && !"http".equals(
                publicBaseUrl.getScheme())) {
            throw new IllegalArgumentException(PREFIX + "public-base-url is required: the https:// address Twilio "
                    + "reaches this application at");
        }
        // Ofcom: let the school's phone ring for at least 15 seconds.
        if (ringTimeout == null || ringTimeout.compareTo(Duration.ofSeconds(15)) < 0) {
            throw new IllegalArgumentException(PREFIX + "ring-timeout must be at least 15 s (Ofcom), not "
                    + HumanDuration.format(ringTimeout) + ": for example 25s");
        }
    }

    String url(String path) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
