package org.rollcall.calls;

import org.rollcall.accounts.UserId;

/** An operator became ready or went (or was set) offline; call events cover the other changes. */
public record OperatorStatusChanged(UserId operatorId, OperatorStatus status) {
}
