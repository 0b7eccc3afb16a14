package org.rollcall.escalation.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.rollcall.calendar.SchoolCalendar;
import org.rollcall.escalation.Escalation;
import org.rollcall.escalation.EscalationProperties;
import org.rollcall.escalation.EscalationState;
import org.rollcall.escalation.Trigger;
import org.springframework.stereotype.Component;

/**
 * Whether an exclusion's letter is overdue today (the app clock's): still waited for after
 * {@code letter-overdue-school-days} of the child's school's own school days. One rule for the screens, the API and
 * the reminder.
 */
@Component
class OverdueLetters {

    private final SchoolCalendar calendar;
    private final LetterDeadline deadline;
    private final Clock clock;

    OverdueLetters(SchoolCalendar calendar, EscalationProperties properties, Clock clock) {
        this.calendar = calendar;
        this.deadline = new LetterDeadline(properties.letterOverdueSchoolDays());
        this.clock = clock;
    }

    boolean overdue(Escalation e) {
        if (e.trigger() != Trigger.EXCLUSION || e.state() != EscalationState.LETTER_REQUESTED) {
            return false;
        }
        return deadline.overdue(requestedOn(e), LocalDate.now(clock),
                day -> calendar.isSchoolDay(e.provisionId(), day));
    }

    /** Asked for when the exclusion opened. */
    LocalDate requestedOn(Escalation e) {
        return e.openedAt().atZone(clock.getZone()).toLocalDate();
    }
}
