package org.rollcall.apattendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.ProvisionId;

/**
 * An absence at an AP that flags the on-roll school's B for that session, while {@code open}: on the extranet and
 * as a point to raise on the school's next call.
 */
public record ApAbsence(ApAbsenceId id, ChildId child, String childName, ProvisionId school, String apName,
                        LocalDate date, HalfDay half, String reason, boolean unauthorised, boolean open,
                        String closedHow, Instant recordedAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    /** "Ella Evans was absent at Bridge Skills Centre on Tuesday 1 December, morning (illness)". */
    public String sentence() {
        return childName + " was absent at " + apName + " on " + DAY.format(date) + ", " + half.label() + " ("
                + reason + ")";
    }
}
