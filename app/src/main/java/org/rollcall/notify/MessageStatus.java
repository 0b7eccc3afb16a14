package org.rollcall.notify;

/** Where an outbox message is; {@link #label()} is what screens show. */
public enum MessageStatus {
    /** Queued, or waiting for its next attempt after a failure. */
    PENDING("Waiting to send"),
    SENT("Sent"),
    /** Gave up after the set number of attempts (or a refusal that retrying cannot mend); an admin can resend. */
    FAILED("Failed");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
