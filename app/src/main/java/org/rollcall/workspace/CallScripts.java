package org.rollcall.workspace;

import java.time.Instant;
import java.util.List;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ExpectedChild;

/** Each authority's call script, stored as data; {@link CallScript#DEFAULT} for authorities with none. */
public interface CallScripts {

    /** An authority's script and whether it is its own ({@code own} false: the default, never set). */
    record AuthorityScript(CallScript script, boolean own, String updatedBy, Instant updatedAt) {
    }

    AuthorityScript get(AuthorityId authority);

    /** Stores the authority's own script (checked by {@link CallScript}'s constructor before it gets here). */
    AuthorityScript set(AuthorityId authority, CallScript script, String by);

    /**
     * The script for a school call, filled in: the script of the authority with most children on the call, and
     * {authority} naming every authority whose children are on it.
     */
    SaidScript forSchoolCall(String school, String contact, List<ExpectedChild> children, String operator);
}
