package org.rollcall.calendar;

import java.time.Instant;
import java.util.Map;

import org.rollcall.directory.Nation;

/**
 * One upload of bank holidays: the newest version is in force, older ones are kept. {@code importedAt} is on the
 * app clock; {@code counts} is how many bank holidays each nation has in this version.
 */
public record BankHolidayVersion(int number, String source, String importedBy, Instant importedAt,
                                 Map<Nation, Integer> counts) {

    public BankHolidayVersion {
        counts = Map.copyOf(counts);
    }
}
