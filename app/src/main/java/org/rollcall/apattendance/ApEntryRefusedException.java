package org.rollcall.apattendance;

import java.util.Optional;

/** An AP entry refused, saying why and what is accepted; nothing of the call's entries was saved. */
public class ApEntryRefusedException extends RuntimeException {

    private final transient ApEntry entry;

    public ApEntryRefusedException(ApEntry entry, String message) {
        super(message);
        this.entry = entry;
    }

    /** The entry refused; empty when the refusal is about the call itself. */
    public Optional<ApEntry> entry() {
        return Optional.ofNullable(entry);
    }
}
