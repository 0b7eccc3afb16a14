package org.rollcall.directory;

/**
 * A provision found in the directory by name or URN, for choosing one (a child's new school).
 *
 * @param urn null for a provision without one
 * @param callWindow whether it has an afternoon call window, i.e. whether Rollcall calls it already
 */
public record ProvisionFound(ProvisionId id, String name, Urn urn, ProvisionType type, Nation nation,
                             boolean callWindow) {

    /** "Oakfield Primary · URN 123456", as a list shows it. */
    public String label() {
        return name + (urn == null ? "" : " \u00b7 URN " + urn.value());
    }
}
