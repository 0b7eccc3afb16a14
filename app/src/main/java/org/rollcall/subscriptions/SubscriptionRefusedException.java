package org.rollcall.subscriptions;

/** A subscription change refused, saying what was wrong and what is accepted; nothing was changed. */
public class SubscriptionRefusedException extends IllegalArgumentException {

    public SubscriptionRefusedException(String message) {
        super(message);
    }
}
