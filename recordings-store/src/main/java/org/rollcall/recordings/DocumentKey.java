package org.rollcall.recordings;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object key of a document (an exclusion letter received, a letter generated), under its own prefix beside the
 * recordings. Built only from a kind, a random id and a day, so a key never carries personal data:
 * {@code documents/{kind}/yyyy/MM/dd/{id}.pdf}.
 */
public record DocumentKey(String kind, UUID id, LocalDate day) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern VALUE = Pattern.compile(
            "documents/([a-z][a-z0-9-]*)/(\\d{4})/(\\d{2})/(\\d{2})/([0-9a-f-]{36})\\.pdf");

    public DocumentKey {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("document kind '" + kind + "' is not valid: use lower-case words "
                    + "joined by hyphens, such as exclusion-letters");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
    }

    /** The key of a stored {@link #value()}, e.g. one kept in a database column. */
    public static DocumentKey parse(String value) {
        Matcher m = value == null ? null : VALUE.matcher(value);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a document key: expected "
                    + "documents/{kind}/yyyy/MM/dd/{id}.pdf");
        }
        return new DocumentKey(m.group(1), UUID.fromString(m.group(5)), LocalDate.of(Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
    }

    public String value() {
        return "documents/%s/%04d/%02d/%02d/%s.pdf".formatted(kind, day.getYear(), day.getMonthValue(),
                day.getDayOfMonth(), id);
    }

    @Override
    public String toString() {
        return value();
    }
}
