package org.rollcall.directory;

import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/** A time of day the provision chose to be called, in the contact centre's zone. */
public record CallWindow(UUID id, LocalTime opensAt, LocalTime closesAt) {

    public CallWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("call window " + opensAt + "–" + closesAt
                    + " closes before it opens: give a closing time after the opening time");
        }
    }
}
