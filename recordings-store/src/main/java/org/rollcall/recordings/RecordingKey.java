package org.rollcall.recordings;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The object key of a call's recording. Built only from the call id and the day it was recorded, so a key can
 * never carry personal data: {@code recordings/yyyy/MM/dd/{callId}.wav}.
 */
public record RecordingKey(UUID callId, LocalDate recordedOn) {

    public RecordingKey {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }

    public String value() {
        return "recordings/%04d/%02d/%02d/%s.wav".formatted(recordedOn.getYear(), recordedOn.getMonthValue(),
                recordedOn.getDayOfMonth(), callId);
    }

    @Override
    public String toString() {
        return value();
    }
}
