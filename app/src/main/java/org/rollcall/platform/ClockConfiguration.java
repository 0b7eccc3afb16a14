package org.rollcall.platform;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module, library and screen reads business time from, and how it differs from the wall. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    AppClock appClock(PlatformProperties properties) {
        AppClock made = AppClock.make(properties, Clock.system(properties.zone()));
        made.mode().notice().ifPresent(notice -> log.warn("Demo or test clock: {}; Rollcall's today is {} "
                + "(rollcall.platform.clock-start, clock-speed, weekend-as-weekday; never in production)", notice,
                java.time.LocalDate.now(made.clock())));
        return made;
    }

    @Bean
    Clock clock(AppClock appClock) {
        return appClock.clock();
    }

    @Bean
    ClockMode clockMode(AppClock appClock) {
        return appClock.mode();
    }
}
