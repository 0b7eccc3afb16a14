package org.rollcall.calls;

import java.util.Optional;

/**
 * An operator's status, why Rollcall set them offline (empty when it did not, or they are not offline) and the call
 * offered to or in progress with them.
 */
public record AtDesk(OperatorStatus status, Optional<String> notReadyReason, Optional<CallSummary> call) {

    /** An operator who has never been ready has no status row: offline, with nothing to say why. */
    public static final AtDesk NEVER_READY = new AtDesk(OperatorStatus.OFFLINE, Optional.empty(), Optional.empty());
}
