package org.rollcall.directory.internal;

import java.util.Comparator;
import java.util.List;

import org.rollcall.directory.CallWindow;
import org.rollcall.directory.WindowPart;

/** What a provision's set of call windows must be: one afternoon window, at most one morning one, none overlapping. */
final class WindowRules {

    private WindowRules() {
    }

    static void check(List<CallWindow> windows) {
        if (windows == null || windows.stream().noneMatch(w -> w.part() == WindowPart.AFTERNOON)) {
            throw new IllegalArgumentException("Call windows: an afternoon window is required, such as 13:30–14:00, "
                    + "for the daily calls (a morning window, for children called twice a day, is optional)");
        }
        for (WindowPart part : WindowPart.values()) {
            if (windows.stream().filter(w -> w.part() == part).count() > 1) {
                throw new IllegalArgumentException("Call windows: one " + part.label().toLowerCase()
                        + " window at most; remove one of them");
            }
        }
        List<CallWindow> sorted = windows.stream().sorted(Comparator.comparing(CallWindow::opensAt)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            CallWindow earlier = sorted.get(i - 1);
            CallWindow later = sorted.get(i);
            if (later.opensAt().isBefore(earlier.closesAt())) {
                throw new IllegalArgumentException("Call windows: " + earlier.opensAt() + "–" + earlier.closesAt()
                        + " and " + later.opensAt() + "–" + later.closesAt() + " overlap: a window must close before "
                        + "the next one opens");
            }
        }
    }
}
