package org.rollcall.capacity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.rollcall.accounts.UserId;

/** One operator's shift on a day, as stored: {@code operatorName} is the operator's display name. */
public record RosteredShift(UUID id, UserId operator, String operatorName, LocalDate day, LocalTime starts,
                            LocalTime ends) {

    /** As the day model's shift (keyed by operator id, so two operators with one name stay apart). */
    public Shift asShift() {
        return new Shift(operator.toString(), starts, ends);
    }
}
