package org.rollcall.calls;

import org.rollcall.accounts.UserId;
import org.rollcall.directory.ProvisionId;

/** The dialler reserved an operator for a due call: pop the provision on their screen. */
public record CallOffered(CallId callId, UserId operatorId, ProvisionId provisionId) {
}
