package org.rollcall.webhooks;

/** A subscription or replay refused; the message says what was wrong and what is accepted. Nothing was saved. */
public class WebhookRefusedException extends RuntimeException {

    public WebhookRefusedException(String message) {
        super(message);
    }
}
