package org.rollcall.calls.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.rollcall.calls.CallsProperties;
import org.rollcall.platform.PlatformProperties;
import org.rollcall.telephony.Telephony;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One property switches the whole app between exchanges; wrong settings stop start-up with their names. */
class TelephonyWiringTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({TelephonyProperties.class, AsteriskProperties.class, TwilioProperties.class,
            CallsProperties.class, PlatformProperties.class})
    static class Properties {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
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
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("at least 15 s (Ofcom), not 10 s");
        });
    }

    @Test
    void asteriskRefusesAPingIntervalTooShortToBeAHeartbeat() {
        runner.withPropertyValues("rollcall.telephony.provider=asterisk", "rollcall.telephony.asterisk.host=pbx",
                "rollcall.telephony.asterisk.username=u", "rollcall.telephony.asterisk.password=p",
                "rollcall.telephony.asterisk.ping-interval=10ms").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("rollcall.telephony.asterisk.ping-interval must be at least 100 ms");
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

    private static final String[] TWILIO = {"rollcall.telephony.provider=twilio",
            "rollcall.telephony.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
            "rollcall.telephony.twilio.auth-token=token", "rollcall.telephony.twilio.caller-id=+441632960000",
            "rollcall.telephony.twilio.public-base-url=https://rollcall.example.org"};

    @Test
    void anUnknownProviderIsNamedAtStartUp() {
        runner.withPropertyValues("rollcall.telephony.provider=asterix").run(context -> {
            assertThat(context).hasFailed();
            // Spring's failure analysis prints this binding error with the valid values (simulated, asterisk, twilio).
            Throwable failure = context.getStartupFailure();
            StringBuilder messages = new StringBuilder();
            for (Throwable t = failure; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages).contains("Failed to bind properties under 'rollcall.telephony.provider'");
        });
    }

    @Test
    void asteriskNamesEachMissingSetting() {
        runner.withPropertyValues("rollcall.telephony.provider=asterisk", "rollcall.telephony.asterisk.host=pbx")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("rollcall.telephony.asterisk.username is required"));
        runner.withPropertyValues("rollcall.telephony.provider=asterisk", "rollcall.telephony.asterisk.host=pbx",
                        "rollcall.telephony.asterisk.username=u")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("rollcall.telephony.asterisk.password is required"));
        runner.withPropertyValues("rollcall.telephony.provider=asterisk", "rollcall.telephony.asterisk.host=pbx",
                        "rollcall.telephony.asterisk.username=u", "rollcall.telephony.asterisk.password=p",
                        "rollcall.telephony.asterisk.destination-dial-template=PJSIP/trunk")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("rollcall.telephony.asterisk.destination-dial-template must contain"));
    }

    @Test
    void asteriskThatCannotBeReachedStopsStartUpNamingTheAddress() {
        runner.withPropertyValues("rollcall.telephony.provider=asterisk", "rollcall.telephony.asterisk.host=127.0.0.1",
                "rollcall.telephony.asterisk.port=1", "rollcall.telephony.asterisk.username=u",
                "rollcall.telephony.asterisk.password=p").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasMessageContaining("cannot log in to Asterisk AMI at 127.0.0.1:1");
        });
    }

    @Test
    void aWrongAmiPasswordStopsStartUpNamingThePasswordProperty() throws Exception {
        try (FakeAmi pbx = new FakeAmi(true)) {
            runner.withPropertyValues("rollcall.telephony.provider=asterisk",
                    "rollcall.telephony.asterisk.host=127.0.0.1", "rollcall.telephony.asterisk.port=" + pbx.port(),
                    "rollcall.telephony.asterisk.username=rollcall", "rollcall.telephony.asterisk.password=wrong")
                    .run(context -> {
                        assertThat(context).hasFailed();
                        // As Spring prints it at start-up: the exception and its causes.
                        assertThat(context.getStartupFailure()).hasStackTraceContaining("cannot log in to Asterisk "
                                + "AMI at 127.0.0.1:" + pbx.port() + " as rollcall: Asterisk refused the login of AMI "
                                + "user 'rollcall'").hasStackTraceContaining("check rollcall.telephony.asterisk."
                                + "password against the secret of [rollcall] in manager.conf");
                    });
        }
    }

    @Test
    void twilioNamesEachMissingOrWrongSetting() {
        runner.withPropertyValues(TWILIO).run(context -> {
            assertThat(context.getBean(Telephony.class).providerName()).isEqualTo("twilio");
            assertThat(context).hasBean("twilioHealthIndicator");
        });
        runner.withPropertyValues(TWILIO).withPropertyValues("rollcall.telephony.twilio.auth-token=")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("rollcall.telephony.twilio.auth-token is required"));
        runner.withPropertyValues(TWILIO).withPropertyValues("rollcall.telephony.twilio.public-base-url=")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("rollcall.telephony.twilio.public-base-url is required"));
        runner.withPropertyValues(TWILIO).withPropertyValues("rollcall.telephony.twilio.caller-id=01632 960000")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("rollcall.telephony.twilio.caller-id")
                        .hasMessageContaining("not an E.164 telephone number"));
    }

    @Test
    void twilioMustPresentTheSameNumberAsTheDialler() {
        runner.withPropertyValues(TWILIO).withPropertyValues("rollcall.calls.caller-id=+441632969999")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("rollcall.calls.caller-id")
                            .hasMessageContaining("rollcall.telephony.twilio.caller-id");
                });
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
