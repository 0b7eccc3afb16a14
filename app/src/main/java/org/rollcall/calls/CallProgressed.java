package org.rollcall.calls;

import org.rollcall.accounts.UserId;

/** A call changed state (dialling, ringing, connected, ended into wrap-up, missed). */
public record CallProgressed(CallId callId, UserId operatorId, CallStatus status, String detail) {
}
