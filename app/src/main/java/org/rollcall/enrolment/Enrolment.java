package org.rollcall.enrolment;

import java.time.LocalDate;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionId;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;

/** Children leaving the roll with no new school: acted on at once, and listed for their authority. */
public interface Enrolment {

    /**
     * The child is no longer on roll at the school, with no new school: the on-roll placement there (and any open
     * alternative placement) ends on {@code lastDay}, the authority's duty address is emailed, the child goes on the
     * authority's "Not on roll" list, and it is audited, all in the caller's transaction or a new one. Heard again for
     * the same school once done, it returns the record already kept and tells nobody again. Operators, supervisors
     * and admins.
     *
     * @param lastDay the child's last day on roll at the school: from the placement's start to today
     * @param note optional, up to 500 characters (an admin's reason; the call it was heard on)
     * @throws NotOnRollRefusedException naming the input that is wrong and what is accepted; nothing is saved
     */
    NotOnRoll notOnRoll(ChildId child, ProvisionId school, LocalDate lastDay, NotOnRollSource source, String who,
                        String note);

    /**
     * The authority's children not on roll, the latest to leave first; the caller must be allowed to see the
     * authority (another authority's is refused). Reads are audited once per 15 minutes per page.
     */
    Page<NotOnRoll> notOnRollList(AuthorityId authority, PageRequest page);

    /**
     * The authority's children who were off roll on some day from {@code from} to {@code to} (left before the range
     * ended, and no new school before it started), the latest to leave first, for reports: takes the authority as
     * given, so the caller (the reports view, a subscription's run) decides who may ask.
     */
    java.util.List<NotOnRoll> notOnRollBetween(AuthorityId authority, LocalDate from, LocalDate to);
}
