package org.rollcall.moves;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.rollcall.directory.ProvisionId;

/**
 * "Introduce the service" to a school a child moved to that Rollcall does not call yet: call the school, agree the
 * call window, contact and password.
 */
public record IntroductionTask(UUID id, ProvisionId school, String schoolName, String phone, String contact,
                               String childName, LocalDate startsOn, Instant openedAt) {
}
