package org.rollcall.webhooks;

import java.util.Objects;
import java.util.UUID;

public record SubscriptionId(UUID value) {

    public SubscriptionId {
        Objects.requireNonNull(value, "subscription id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
