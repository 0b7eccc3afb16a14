package org.rollcall.recordings;

import java.io.InputStream;

/**
 * Bytes of a recording opened for playback. {@code first}/{@code last} are the inclusive range returned and
 * {@code totalBytes} the whole object's size, as needed for a 206 Content-Range answer. Close the stream.
 */
public record RecordingContent(InputStream stream, long first, long last, long totalBytes, String contentType)
        implements AutoCloseable {

    public long length() {
        return last - first + 1;
    }

    @Override
    public void close() throws java.io.IOException {
        stream.close();
    }
}
