package org.rollcall.calls.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** A dropped AMI connection is reported, not only logged. */
class AsteriskHealthTests {

    @Test
    void isDownWhileTheAmiConnectionIsLost() {
        AtomicBoolean connected = new AtomicBoolean(true);
        AsteriskHealth health = new AsteriskHealth(connected::get, "pbx:5038");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        connected.set(false);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("ami", "pbx:5038")
                .containsKey("reason");
    }
}
