package org.rollcall.recordings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object key of a call's recording. Built only from the call id and the day it was recorded, so a key can
 * never carry personal data: {@code recordings/yyyy/MM/dd/{callId}.wav}.
 */
public record RecordingKey(UUID callId, LocalDate recordedOn) {

    private static final Pattern VALUE = Pattern.compile(
            "recordings/(\\d{4})/(\\d{2})/(\\d{2})/([0-9a-f-]{36})\\.wav");

    public RecordingKey {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }

    /** The key of a stored {@link #value()}, e.g. one kept in a database column. */
    public static RecordingKey parse(String value) {
        Matcher m = value == null ? null : VALUE.matcher(value);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a recording key: expected "
                    + "recordings/yyyy/MM/dd/{callId}.wav");
        }
        try {
            return new RecordingKey(UUID.fromString(m.group(4)), LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a recording key: " + e.getMessage(), e);
        }
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
