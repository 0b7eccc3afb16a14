package org.rollcall.directory;

import java.util.Objects;

/**
 * Where a provision is, as the school calendar needs it: its nation (bank holidays) and the authority whose area
 * it is in (term dates). {@code localAuthority} is null when not known.
 */
public record ProvisionPlace(ProvisionId id, Nation nation, AuthorityId localAuthority) {

    public ProvisionPlace {
        Objects.requireNonNull(id, "provision id");
        Objects.requireNonNull(nation, "nation");
    }
}
