package org.rollcall.calls;

import java.util.List;

import org.rollcall.directory.CallFrequency;
import org.rollcall.directory.ExpectedChild;

/** A monitored child on a call and every session the operator must ask for, oldest first. */
public record ChildToCollect(ExpectedChild child, CallFrequency frequency, List<SessionSlot> slots) {

    public ChildToCollect {
        slots = List.copyOf(slots);
    }
}
