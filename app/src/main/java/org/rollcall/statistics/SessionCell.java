package org.rollcall.statistics;

import java.time.LocalDate;

import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Session;

/**
 * One session of a child's calendar: the current mark's code and category when there is one, otherwise why there is
 * none. {@code label} is the human text a screen shows beside the code.
 */
public record SessionCell(LocalDate day, Session session, State state, String code, CodeCategory category,
                          String label) {

    public enum State {
        MARKED("Marked"),
        NOT_YET_MARKED("Not yet marked"),
        CLOSED("School closed"),
        NOT_ON_ROLL("Not placed at a school Rollcall calls");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
