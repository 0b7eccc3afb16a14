package org.rollcall.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The calls module's settings: a retry yield outside 0s to 1h stops start-up and says which setting and why. */
class CallsPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CallsProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class);

    @Test
    void theRetryYieldIsOffUnlessSet() {
        runner.run(context -> assertThat(context.getBean(CallsProperties.class).retryYield()).isZero());
        runner.withPropertyValues("rollcall.calls.retry-yield=5m").run(context -> assertThat(
                context.getBean(CallsProperties.class).retryYield()).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void aNegativeOrOverlongRetryYieldIsRefusedByName() {
        for (String bad : new String[] {"-1m", "2h"}) {
            runner.withPropertyValues("rollcall.calls.retry-yield=" + bad).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("rollcall.calls.retry-yield must be from 0s to 1h, not ");
            });
        }
    }
}
