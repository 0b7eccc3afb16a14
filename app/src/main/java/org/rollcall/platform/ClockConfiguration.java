package org.rollcall.platform;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(PlatformProperties properties) {
        Clock system = Clock.system(properties.zone());
        if (properties.clockSpeed() != 1) {
            log.warn("Fast clock: time runs {} times faster than real time (rollcall.platform.clock-speed; demo and "
                    + "load runs only)", properties.clockSpeed());
            system = new FastClock(system, properties.clockSpeed());
        }
        if (!properties.weekendAsWeekday()) {
            return system;
        }
        DayOfWeek day = LocalDate.now(system).getDayOfWeek();
        int skip = day == DayOfWeek.SATURDAY ? 2 : day == DayOfWeek.SUNDAY ? 1 : 0;
        if (skip > 0) {
            log.warn("It is {}: schools are not called at weekends, so this run's clock is {} day(s) ahead "
                    + "(rollcall.platform.weekend-as-weekday=true; demo and tests only)", day, skip);
        }
        return Clock.offset(system, Duration.ofDays(skip));
    }
}
