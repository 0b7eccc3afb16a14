package org.rollcall.alternative;

import java.time.Instant;
import java.util.UUID;

import org.rollcall.directory.ChildId;
import org.rollcall.directory.ProvisionMatch;

/** A timetable the school did not know on a call: asked for again on its next call, until given. */
public record TimetableRequest(UUID id, ChildId child, String childName, ProvisionMatch alternative,
                               String askedBy, Instant askedAt) {

    /** What the card says: "Ask for Ella Evans's timetable at Bridge Skills Centre" ('s after an s too). */
    public String line() {
        return "Ask for " + childName + "'s timetable at " + alternative.name();
    }
}
