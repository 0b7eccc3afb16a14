package org.rollcall.apattendance;

import java.time.LocalDate;

import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.HalfDay;
import org.rollcall.directory.ProvisionId;

/**
 * Published when an AP says a child was absent for a timetabled session, after it commits. The escalation module
 * starts its carer and social-worker follow-up from it when {@code unauthorised} (ADR 0028).
 *
 * @param school the child's on-roll school that day, null when none is on record
 * @param reason the reason in words, such as "refused to attend"
 */
public record AbsentAtAlternativeProvision(ApAbsenceId id, ChildId child, AuthorityId authority,
                                           ProvisionId alternativeProvision, String apName, ProvisionId school,
                                           LocalDate date, HalfDay half, String reason, boolean unauthorised,
                                           String recordedBy) {
}
