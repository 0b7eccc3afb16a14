package org.rollcall.directory;

import java.time.LocalDate;
import java.util.List;

/** An authority's children as a paged list, for authority systems. Callers decide who may ask. */
public interface ChildRoster {

    /** The authority's children ordered by last name, first name and id, each with their school on {@code day}. */
    List<RosterChild> children(AuthorityId authority, LocalDate day, int offset, int limit);

    long countChildren(AuthorityId authority);

    /**
     * @param name as lists show it (first and last name)
     * @param upn null until known
     * @param school the provision the child is on roll at that day; null when none
     * @param nation the school's nation (whose code set its marks use), else the authority's
     */
    record RosterChild(ChildId id, String name, String upn, ProvisionId schoolId, String school, Nation nation) {
    }
}
