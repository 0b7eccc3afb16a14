package org.rollcall.telephony.twilio;

/** What the application answers Twilio: a status, and TwiML or nothing. */
public record WebhookResponse(int status, String contentType, String body) {

    static WebhookResponse forbidden() {
        return new WebhookResponse(403, "text/plain", "signature check failed");
    }

    static WebhookResponse empty() {
        return new WebhookResponse(200, "text/plain", "");
    }

    static WebhookResponse twiml(String xml) {
        return new WebhookResponse(200, "application/xml", xml);
    }
}
