package org.rollcall.directory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child was placed on roll for the first time: they joined the service (introduction letters to carers and young
 * people follow). Published by {@link DirectoryAdmin#place} for the child's first on-roll placement only, so a move
 * to another school (a second on-roll placement) does not count as joining.
 */
public record ChildJoined(ChildId child, AuthorityId authority, ProvisionId provision, LocalDate startsOn) {

    public ChildJoined {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(startsOn, "start date");
    }
}
