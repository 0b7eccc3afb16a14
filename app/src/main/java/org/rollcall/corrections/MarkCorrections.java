package org.rollcall.corrections;

import java.util.UUID;

import org.rollcall.attendance.CodeSet;
import org.rollcall.attendance.Mark;
import org.rollcall.attendance.MarkRejectedException;

/** Corrects marks from the QA review; QA reviewers and admins only. */
public interface MarkCorrections {

    /**
     * Corrects the current mark {@code markId} to {@code code}, with {@code reason}, as the signed-in user, and audits
     * the mark before and after in one transaction.
     *
     * @throws MarkRejectedException saying what was wrong (no reason, unknown or replaced mark, the same code, a code
     *     the child's school may not use) and what is accepted; nothing is saved
     */
    Mark correct(UUID markId, String code, String reason);

    /** The codes the mark may be corrected to: its school's nation's set (England or Wales). */
    CodeSet codesFor(Mark mark);
}
