package org.rollcall.escalation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.rollcall.escalation.EscalationSettings.CarerHours;
import org.springframework.stereotype.Component;

/**
 * When a call to a person about a child (carer or social worker) may be made: inside the child's authority's
 * carer-contact hours ({@link CarerHours}), due at once when it is within them, at their start when earlier, and the
 * next day's start when later; it closes at their end. Social workers are called in the same hours (ADR 0017).
 */
@Component
class ContactHours {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;

    ContactHours(Clock clock) {
        this.clock = clock;
    }

    /** The first moment from {@code earliest} inside the hours, and when those hours end. */
    Slot slot(Instant earliest, CarerHours hours) {
        return slot(earliest, hours, clock.getZone());
    }

    /** The rule itself, in {@code zone}: a pure function of its arguments. */
    static Slot slot(Instant earliest, CarerHours hours, ZoneId zone) {
        LocalDate day = earliest.atZone(zone).toLocalDate();
        if (!earliest.isBefore(until(day, zone, hours))) {
            day = day.plusDays(1);
        }
        Instant from = day.atTime(hours.from()).atZone(zone).toInstant();
        return new Slot(day, earliest.isAfter(from) ? earliest : from, until(day, zone, hours));
    }

    /** "10:31 today" or "09:00 on Thursday 3 December 2026". */
    String when(Slot slot) {
        return TIME.format(slot.due().atZone(clock.getZone())) + (slot.day().equals(LocalDate.now(clock)) ? " today"
                : " on " + MarkWords.DAY.format(slot.day()));
    }

    private static Instant until(LocalDate day, ZoneId zone, CarerHours hours) {
        return day.atTime(hours.until()).atZone(zone).toInstant();
    }

    record Slot(LocalDate day, Instant due, Instant closes) {
    }
}
