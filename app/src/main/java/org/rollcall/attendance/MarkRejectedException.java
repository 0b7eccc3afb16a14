package org.rollcall.attendance;

import java.util.Optional;

/**
 * A mark was refused; the message says what was wrong and what would be accepted. Nothing was saved. In a batch,
 * {@link #mark()} is the mark that was refused, so a screen can point at its field.
 */
public class MarkRejectedException extends RuntimeException {

    private final transient RecordMark mark;

    public MarkRejectedException(String message) {
        this(message, null);
    }

    public MarkRejectedException(String message, RecordMark mark) {
        super(message);
        this.mark = mark;
    }

    public Optional<RecordMark> mark() {
        return Optional.ofNullable(mark);
    }
}
