package org.rollcall.recording.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rollcall.recordings.ByteRange;

/**
 * A Range header as asked (RFC 9110 §14): a span {@code bytes=first-[last]}, a suffix {@code bytes=-n} (the last n
 * bytes), the whole recording (no header, another unit, or several ranges, which an audio player never asks for and
 * a server may ignore), or a header we refuse with 416 (not a byte range, numbers too large, last before first).
 */
sealed interface RangeHeader {

    /** More digits than any recording's size could have; also keeps Long.parseLong from overflowing. */
    int MAX_DIGITS = 18;
    Pattern SPEC = Pattern.compile("bytes=(\\d*)-(\\d*)");

    record Whole() implements RangeHeader {
    }

    record Span(ByteRange range) implements RangeHeader {
    }

    record Suffix(long length) implements RangeHeader {

        /** The last {@code length} bytes of a recording of {@code total} bytes, or null when none can be served. */
        ByteRange of(long total) {
            return length == 0 || total == 0 ? null : new ByteRange(Math.max(0, total - length), total - 1);
        }
    }

    record Refused(String why) implements RangeHeader {
    }

    static RangeHeader parse(String header) {
        if (header == null || header.isBlank()) {
            return new Whole();
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6) || value.contains(",")) {
            return new Whole();
        }
        Matcher m = SPEC.matcher("bytes=" + value.substring(6).strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Refused("'" + shortened(value) + "' is not a byte range: use bytes=first-last, bytes=first- "
                    + "or bytes=-length (the last bytes)");
        }
        if (m.group(1).length() > MAX_DIGITS || m.group(2).length() > MAX_DIGITS) {
            return new Refused("the range '" + shortened(value) + "' is beyond the end of any recording");
        }
        if (m.group(1).isEmpty()) {
            return new Suffix(Long.parseLong(m.group(2)));
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? -1 : Long.parseLong(m.group(2));
        if (last != -1 && last < first) {
            return new Refused("the range '" + shortened(value) + "' ends before it starts");
        }
        return new Span(new ByteRange(first, last));
    }

    private static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
