package org.rollcall.calls.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rollcall.telephony.Telephony;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** One property switches the whole app between exchanges; wrong settings stop start-up with their names. */
class TelephonyWiringTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({TelephonyProperties.class, AsteriskProperties.class, TwilioProperties.class})
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, TelephonyConfiguration.class,
                    AsteriskTelephonyConfiguration.class, TwilioTelephonyConfiguration.class);

    @Test
    void theSimulatedExchangeIsTheDefault() {
        runner.run(context -> assertThat(context.getBean(Telephony.class).providerName()).isEqualTo("simulated"));
    }

    @Test
    void asteriskNeedsItsHostAndSaysSo() {
        runner.withPropertyValues("rollcall.telephony.provider=asterisk").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("rollcall.telephony.asterisk.host is required");
        });
    }

    @Test
    void asteriskRefusesARingTimeShorterThanOfcomAllows() {
        runner.withPropertyValues("rollcall.telephony.provider=asterisk", "rollcall.telephony.asterisk.host=pbx",
                "rollcall.telephony.asterisk.username=u", "rollcall.telephony.asterisk.password=p",
                "rollcall.telephony.asterisk.ring-timeout=10s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("at least 15s (Ofcom)");
        });
    }

    @Test
    void twilioNamesTheMissingSetting() {
        runner.withPropertyValues("rollcall.telephony.provider=twilio").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("rollcall.telephony.twilio.caller-id is required");
        });
        runner.withPropertyValues("rollcall.telephony.provider=twilio", "rollcall.telephony.twilio.caller-id=+441632960000")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("rollcall.telephony.twilio.account-sid is required"));
    }

    @Test
    void simulatedSettingsAreValidatedToo() {
        runner.withPropertyValues("rollcall.telephony.simulated.busy-rate=1.5").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("between 0 and 1");
        });
    }
}
