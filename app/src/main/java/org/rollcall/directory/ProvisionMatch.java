package org.rollcall.directory;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Set;

/**
 * A provision as a search lists it: enough to tell two of a name apart and to check a timetable against its open
 * days. {@code town} and {@code urn} may be null.
 */
public record ProvisionMatch(ProvisionId id, String name, String town, Urn urn, ProvisionType type,
                             Set<DayOfWeek> openDays) {

    public ProvisionMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        openDays = Set.copyOf(openDays);
    }

    /** What a list shows, e.g. "Bridge Skills Centre · Leeds · URN 123456". */
    public String label() {
        return name + (town == null ? "" : " \u00b7 " + town) + (urn == null ? "" : " \u00b7 URN " + urn.value());
    }
}
