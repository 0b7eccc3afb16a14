package org.rollcall.calls.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** Twilio's API failing is reported as the "twilio" component, not only logged. */
class TwilioHealthTests {

    @Test
    void isDownWhileTwilioCannotBeReached() {
        AtomicBoolean available = new AtomicBoolean(true);
        TwilioHealth health = new TwilioHealth(available::get);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        available.set(false);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("api", "api.twilio.com")
                .extractingByKey("reason").asString().contains("dialler is paused");
    }
}
