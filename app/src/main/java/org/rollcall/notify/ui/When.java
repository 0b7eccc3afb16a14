package org.rollcall.notify.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.rollcall.platform.ui.HumanDates;

/** "2 December 2026, 10:31": a moment on screen always says its day. */
final class When {

    private When() {
    }

    static String of(Instant at, ZoneId zone) {
        return at == null ? "" : HumanDates.date(LocalDate.ofInstant(at, zone)) + ", " + HumanDates.time(at, zone);
    }
}
