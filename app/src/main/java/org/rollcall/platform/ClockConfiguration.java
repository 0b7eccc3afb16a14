package org.rollcall.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(PlatformProperties properties) {
        return Clock.system(properties.zone());
    }
}
