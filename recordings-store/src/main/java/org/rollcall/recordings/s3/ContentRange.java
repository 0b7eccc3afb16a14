package org.rollcall.recordings.s3;

import java.util.regex.Pattern;

/** Reads S3's {@code Content-Range: bytes first-last/total} answer to a ranged GET. */
final class ContentRange {

    private static final Pattern RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

    private ContentRange() {
    }

    /** @return first, last (inclusive) and total bytes; the whole object when no range came back */
    static long[] parse(String contentRange, Long contentLength) {
        if (contentRange != null) {
            var match = RANGE.matcher(contentRange.strip());
            if (match.matches()) {
                return new long[] {Long.parseLong(match.group(1)), Long.parseLong(match.group(2)),
                        Long.parseLong(match.group(3))};
            }
        }
        long length = contentLength == null ? 0 : contentLength;
        return new long[] {0, length - 1, length};
    }
}
