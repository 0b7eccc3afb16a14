package org.rollcall.support;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.rollcall.directory.CallWindow;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Schools are not called at weekends, so tests that run on one live on the coming Monday. */
@TestConfiguration(proxyBeanMethods = false)
public class WeekdayClock {

    @Bean
    @Primary
    Clock weekdayClock() {
        Clock system = Clock.system(ZoneId.of("Europe/London"));
        LocalDate today = LocalDate.now(system);
        int skip = today.getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : today.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 0;
        return Clock.offset(system, Duration.ofDays(skip));
    }

    /** A call window that is open now and for the next half hour. */
    public static List<CallWindow> openNow(Clock clock) {
        LocalTime now = LocalTime.now(clock);
        LocalTime opens = now.isBefore(LocalTime.of(0, 2)) ? LocalTime.MIN : now.minusMinutes(1);
        LocalTime closes = now.isAfter(LocalTime.of(23, 28)) ? LocalTime.of(23, 59, 59) : now.plusMinutes(30);
        return List.of(new CallWindow(null, opens, closes));
    }
}
