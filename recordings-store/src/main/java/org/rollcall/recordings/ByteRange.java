package org.rollcall.recordings;

/** An inclusive byte range, as in an HTTP Range header; {@code last} is -1 for "to the end". */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || (last != -1 && last < first)) {
            throw new IllegalArgumentException("bad byte range " + first + "-" + last);
        }
    }

    public static ByteRange from(long first) {
        return new ByteRange(first, -1);
    }
}
