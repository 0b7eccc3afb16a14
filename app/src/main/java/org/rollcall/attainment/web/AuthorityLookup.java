package org.rollcall.attainment.web;


import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.rollcall.platform.web.NotFoundException;

/** An authority named in a path by its id or, as the admin API's other endpoints do, its three-digit LA number. */
final class AuthorityLookup {

    private AuthorityLookup() {
    }

    static AuthoritySummary find(Directory directory, String idOrLaCode) {
        String key = idOrLaCode.strip();
        return directory.authorities().stream().filter(a -> a.laCode().equals(key) || a.id().value().toString()
                .equalsIgnoreCase(key)).findFirst().orElseThrow(() -> new NotFoundException("no authority has id or "
                + "LA number '" + key + "': give the authority's id (a UUID) or its three-digit LA number"));
    }

    static AuthorityId id(Directory directory, String idOrLaCode) {
        return find(directory, idOrLaCode).id();
    }

}
