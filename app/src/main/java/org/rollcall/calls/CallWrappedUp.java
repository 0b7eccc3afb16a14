package org.rollcall.calls;

import org.rollcall.accounts.UserId;

public record CallWrappedUp(CallId callId, UserId operatorId, CallOutcome outcome) {
}
