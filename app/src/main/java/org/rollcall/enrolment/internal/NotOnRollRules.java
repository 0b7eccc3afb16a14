package org.rollcall.enrolment.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.rollcall.enrolment.NotOnRollRefusedException;
import org.rollcall.enrolment.NotOnRollRefusedException.Field;
import org.rollcall.platform.FreeText;
import org.rollcall.platform.ui.HumanDates;

/** The checks of "not on roll", with no database, so each refusal's words are unit-tested. */
final class NotOnRollRules {

    private NotOnRollRules() {
    }

    /**
     * @param placementStart when the child's open on-roll placement at the school started; null when there is none
     * @return the first problem found, or empty when the input is accepted
     */
    static Optional<NotOnRollRefusedException> check(String child, String school, LocalDate placementStart,
                                                     LocalDate lastDay, LocalDate today, String note) {
        if (placementStart == null) {
            return refuse(Field.CHILD, child + " is not on roll at " + school + ": choose the school the child is on "
                    + "roll at now (a school move is recorded as a move, not as not on roll)");
        }
        String accepted = "a day from " + HumanDates.date(placementStart) + " (when the child's placement at " + school
                + " started) to today (" + HumanDates.date(today) + ")";
        if (lastDay == null) {
            return refuse(Field.LAST_DAY, "enter the child's last day on roll at " + school + ": " + accepted);
        }
        if (lastDay.isAfter(today)) {
            return refuse(Field.LAST_DAY, HumanDates.date(lastDay) + " is in the future: enter " + accepted + "; a "
                    + "child leaving later is recorded once they have left");
        }
        if (lastDay.isBefore(placementStart)) {
            return refuse(Field.LAST_DAY, HumanDates.date(lastDay) + " is before the child's placement at " + school
                    + " started: enter " + accepted);
        }
        if (note != null && !note.isBlank()) {
            Optional<String> problem = FreeText.problem(note, "the note", FreeText.MAX_REASON, true);
            if (problem.isPresent()) {
                return refuse(Field.NOTE, problem.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<NotOnRollRefusedException> refuse(Field field, String problem) {
        return Optional.of(new NotOnRollRefusedException(field, problem));
    }
}
