package org.rollcall.directory;

import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/** A time of day the provision chose to be called, in the contact centre's zone, for its morning or afternoon call. */
public record CallWindow(UUID id, LocalTime opensAt, LocalTime closesAt, WindowPart part) {

    public CallWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(part, "part");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("call window " + opensAt + "–" + closesAt
                    + " closes before it opens: give a closing time after the opening time");
        }
    }

    /** An afternoon window, the one daily and weekly calls use. */
    public CallWindow(UUID id, LocalTime opensAt, LocalTime closesAt) {
        this(id, opensAt, closesAt, WindowPart.AFTERNOON);
    }
}
