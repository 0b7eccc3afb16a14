package org.rollcall.webhooks;

import java.util.Objects;
import java.util.UUID;

public record DeliveryId(UUID value) {

    public DeliveryId {
        Objects.requireNonNull(value, "delivery id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
