package org.rollcall.calls;

import java.time.LocalTime;

import org.rollcall.directory.ProvisionId;

/**
 * One school call of a day's plan, first attempt only: the provision, morning or afternoon, and the window it falls
 * due in (local times in the contact centre's zone).
 */
public record PlannedSchoolCall(ProvisionId provision, CallPurpose purpose, LocalTime opens, LocalTime closes) {
}
