package org.rollcall.changes;

import java.time.LocalDate;
import java.util.List;

import org.rollcall.calls.CallId;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;

/** Changes heard during calls: saved on the spot, and read by the authority whose children they are about. */
public interface Changes {

    /**
     * Checks every field, applies the change to the directory, keeps the change record and audits it with before and
     * after, all in one transaction. Operators, supervisors and admins.
     *
     * @param call the call it was heard on; null when not heard on a call
     * @throws ChangeRefusedException saying per field what is wrong and what is accepted; nothing is saved
     */
    ChangeRecord save(CallId call, HeardChange change, String who);

    /**
     * The child's changes and those of the designated teacher of a school the child attends now, newest first; the
     * caller must be allowed to see the child's authority.
     */
    List<ChangeRecord> ofChild(ChildId child);

    /**
     * Changes about the authority's children (and the schools they attend) made on the days {@code from} to
     * {@code to} inclusive, in Rollcall's time zone, oldest first; the caller must be allowed to see the authority.
     */
    Page<ChangeRecord> ofAuthority(AuthorityId authority, LocalDate from, LocalDate to, PageRequest page);
}
