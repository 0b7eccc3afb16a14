package org.rollcall.escalation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.rollcall.escalation.EscalationProperties;
import org.springframework.stereotype.Component;

/**
 * When a call to a person about a child (carer or social worker) may be made: inside the carer-contact hours, due at
 * once when it is within them, at their start when earlier, and the next day's start when later; it closes at their
 * end. Social workers are called in the same hours (ADR 0017).
 */
@Component
class ContactHours {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final EscalationProperties properties;
    private final Clock clock;

    ContactHours(EscalationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** The first moment from {@code earliest} inside the hours, and when those hours end. */
    Slot slot(Instant earliest) {
        ZoneId zone = clock.getZone();
        LocalDate day = earliest.atZone(zone).toLocalDate();
        if (!earliest.isBefore(until(day, zone))) {
            day = day.plusDays(1);
        }
        Instant from = day.atTime(properties.carerContactFrom()).atZone(zone).toInstant();
        return new Slot(day, earliest.isAfter(from) ? earliest : from, until(day, zone));
    }

    /** "10:31 today" or "09:00 on Thursday 3 December 2026". */
    String when(Slot slot) {
        return TIME.format(slot.due().atZone(clock.getZone())) + (slot.day().equals(LocalDate.now(clock)) ? " today"
                : " on " + MarkWords.DAY.format(slot.day()));
    }

    /** "09:00 to 18:00". */
    String hours() {
        return TIME.format(properties.carerContactFrom()) + " to " + TIME.format(properties.carerContactUntil());
    }

    private Instant until(LocalDate day, ZoneId zone) {
        return day.atTime(properties.carerContactUntil()).atZone(zone).toInstant();
    }

    record Slot(LocalDate day, Instant due, Instant closes) {
    }
}
