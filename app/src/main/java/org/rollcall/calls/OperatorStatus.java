package org.rollcall.calls;

public enum OperatorStatus {
    OFFLINE, READY, RESERVED, ON_CALL, WRAP_UP
}
