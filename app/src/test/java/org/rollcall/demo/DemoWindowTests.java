package org.rollcall.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.WindowPart;

class DemoWindowTests {

    @Test
    void windowsLastFortyFiveMinutesDuringTheDay() {
        CallWindow window = DemoDataGenerator.windowFrom(LocalTime.of(9, 10), WindowPart.AFTERNOON);
        assertThat(window.opensAt()).isEqualTo(LocalTime.of(9, 10));
        assertThat(window.closesAt()).isEqualTo(LocalTime.of(9, 55));
    }

    @Test
    void windowsNearMidnightStayInsideTheDay() {
        // The demo may be started at any time; a window opening at 23:59 used to crash start-up.
        for (LocalTime opens : new LocalTime[] {LocalTime.of(23, 14), LocalTime.of(23, 15), LocalTime.of(23, 58),
                LocalTime.of(23, 59), LocalTime.MAX}) {
            CallWindow window = DemoDataGenerator.windowFrom(opens, WindowPart.AFTERNOON);
            assertThat(window.closesAt()).as(opens.toString()).isAfter(window.opensAt());
            assertThat(window.closesAt()).as(opens.toString()).isBeforeOrEqualTo(LocalTime.of(23, 59));
        }
    }
}
