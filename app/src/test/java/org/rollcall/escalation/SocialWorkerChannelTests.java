package org.rollcall.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How social workers are told: only email and call, in any case, and anything else refused naming both. */
class SocialWorkerChannelTests {

    @Test
    void emailAndCallAreAcceptedInAnyCase() {
        assertThat(SocialWorkerChannel.parse("email")).isEqualTo(SocialWorkerChannel.EMAIL);
        assertThat(SocialWorkerChannel.parse(" CALL ")).isEqualTo(SocialWorkerChannel.CALL);
        assertThat(SocialWorkerChannel.CALL.value()).isEqualTo("call");
        assertThat(SocialWorkerChannel.CALL.label()).isEqualTo("By phone call");
    }

    @Test
    void anythingElseIsRefusedNamingTheAcceptedValues() {
        assertThatThrownBy(() -> SocialWorkerChannel.parse("fax")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("social-worker channel 'fax' is not one we know: use email or call");
        assertThatThrownBy(() -> SocialWorkerChannel.parse(null))
                .hasMessage("social-worker channel '' is not one we know: use email or call");
    }

    @Test
    void theSettingIsTheDefaultForAuthoritiesThatChoseNoneAndABadOneStopsStartUp() {
        assertThat(properties("call").defaultSocialWorkerChannel()).isEqualTo(SocialWorkerChannel.CALL);
        assertThat(properties("Email").socialWorkerChannel()).isEqualTo("email");
        assertThatThrownBy(() -> properties("sms")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rollcall.escalation.social-worker-channel 'sms' is not one we know: use email or call");
    }

    private static EscalationProperties properties(String channel) {
        return new EscalationProperties(LocalTime.of(9, 0), LocalTime.of(18, 0), 3, Duration.ofMinutes(20), 5, channel,
                List.of("E"));
    }
}
