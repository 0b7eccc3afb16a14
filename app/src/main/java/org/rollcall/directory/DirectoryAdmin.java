package org.rollcall.directory;

import java.time.LocalDate;

/** Sets up authorities, provisions, children and their placements. */
public interface DirectoryAdmin {

    AuthorityId createAuthority(String name, Nation nation, String laCode);

    ProvisionId createProvision(NewProvision provision);

    ChildId createChild(NewChild child);

    void place(ChildId child, ProvisionId provision, PlacementKind kind, LocalDate startsOn);

    void addContact(ChildId child, ContactRole role, String name, String phone, String email);
}
