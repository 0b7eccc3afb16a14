package org.rollcall.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Escalations as people may see them: an authority's users and API tokens their own authority's only, supervisors
 * and admins every authority's open ones. Authorisation is enforced here, not in views or controllers.
 */
public interface FollowUps {

    /** The caller's authority's escalations for days {@code from} to {@code to}, newest first. */
    List<FollowUpView> forMyAuthority(LocalDate from, LocalDate to);

    /**
     * The authority's escalations for days {@code from} to {@code to}, newest first, for reports (reports module):
     * takes the authority as given, so the caller (the reports view, a subscription's run) decides who may ask. Two
     * queries whatever the number of escalations (timelines in one).
     */
    List<FollowUpView> forAuthority(org.rollcall.directory.AuthorityId authority, LocalDate from, LocalDate to);

    /** Every escalation still needing someone to act, oldest first (supervisors and admins). */
    List<FollowUpView> open();

    /**
     * One escalation with its timeline; empty when there is none.
     *
     * @throws org.springframework.security.access.AccessDeniedException for another authority's (the attempt is
     *     audited)
     */
    Optional<FollowUpView> find(EscalationId id);
}
