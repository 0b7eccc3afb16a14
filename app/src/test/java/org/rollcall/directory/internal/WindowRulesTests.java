package org.rollcall.directory.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.WindowPart;

/** A provision's windows: one afternoon window required, one morning at most, none overlapping (touching is fine). */
class WindowRulesTests {

    private static CallWindow window(String opens, String closes, WindowPart part) {
        return new CallWindow(null, LocalTime.parse(opens), LocalTime.parse(closes), part);
    }

    @Test
    void anAfternoonWindowAloneOrWithAMorningOneThatEndsFirstIsAccepted() {
        assertThatCode(() -> WindowRules.check(List.of(window("13:30", "14:00", WindowPart.AFTERNOON))))
                .doesNotThrowAnyException();
        assertThatCode(() -> WindowRules.check(List.of(window("13:30", "14:00", WindowPart.AFTERNOON),
                window("09:30", "13:30", WindowPart.MORNING)))).as("one closing as the next opens")
                .doesNotThrowAnyException();
    }

    @Test
    void overlappingWindowsAreRefusedWhicheverComesFirstInTheList() {
        assertThatThrownBy(() -> WindowRules.check(List.of(window("13:30", "14:00", WindowPart.AFTERNOON),
                window("13:00", "13:31", WindowPart.MORNING))))
                .hasMessage("Call windows: 13:00–13:31 and 13:30–14:00 overlap: a window must close before the next "
                        + "one opens");
        assertThatThrownBy(() -> WindowRules.check(List.of(window("12:00", "15:00", WindowPart.MORNING),
                window("13:30", "14:00", WindowPart.AFTERNOON)))).hasMessageContaining("overlap");
    }

    @Test
    void noAfternoonWindowOrTwoOfOnePartIsRefused() {
        assertThatThrownBy(() -> WindowRules.check(List.of(window("09:30", "10:00", WindowPart.MORNING))))
                .hasMessageStartingWith("Call windows: an afternoon window is required");
        assertThatThrownBy(() -> WindowRules.check(List.of())).hasMessageContaining("afternoon window is required");
        assertThatThrownBy(() -> WindowRules.check(List.of(window("13:30", "14:00", WindowPart.AFTERNOON),
                window("15:00", "15:30", WindowPart.AFTERNOON))))
                .hasMessage("Call windows: one afternoon window at most; remove one of them");
    }

    @Test
    void aWindowThatEndsBeforeItStartsCannotBeMade() {
        assertThatThrownBy(() -> window("14:00", "13:30", WindowPart.AFTERNOON))
                .hasMessageStartingWith("call window 14:00–13:30 closes before it opens");
    }
}
