package org.rollcall.recordings;

/** The byte range asked for starts past the end of the recording: answer HTTP 416 with {@code bytes *\/total}. */
public class RangeNotSatisfiableException extends RuntimeException {

    private final long totalBytes;

    public RangeNotSatisfiableException(RecordingKey key, ByteRange range, long totalBytes) {
        super("the range " + range.first() + "-" + (range.last() < 0 ? "" : range.last()) + " is outside "
                + key + ", which has " + totalBytes + " bytes");
        this.totalBytes = totalBytes;
    }

    public long totalBytes() {
        return totalBytes;
    }
}
