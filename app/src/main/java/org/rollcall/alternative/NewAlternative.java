package org.rollcall.alternative;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * An alternative provision heard of on a call and not in the directory yet, as typed: checked field by field when
 * captured. {@code urn} and {@code town} may be blank; {@code openDays} empty means none ticked (refused).
 */
public record NewAlternative(String name, String phone, String contactName, LocalTime opens, LocalTime closes,
                             String urn, String town, Set<DayOfWeek> openDays) {

    public NewAlternative {
        openDays = openDays == null || openDays.isEmpty() ? Set.of() : Set.copyOf(openDays);
    }

    /** Monday to Friday, the days a new provision is taken to open unless the operator says otherwise. */
    public static Set<DayOfWeek> weekdays() {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }
}
