package org.rollcall.directory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child's placement at a provision ended ({@link DirectoryAdmin#endPlacement}): from the day after
 * {@code lastDay} they are not expected there, so calls planned for a provision left with no child can be cancelled.
 */
public record PlacementEnded(ChildId child, ProvisionId provision, PlacementKind kind, LocalDate lastDay) {

    public PlacementEnded {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lastDay, "last day");
    }
}
