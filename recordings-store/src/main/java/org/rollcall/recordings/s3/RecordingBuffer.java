package org.rollcall.recordings.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;

import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStoreException;
import org.rollcall.recordings.Sha256;

import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The start of a recording (all of it, unless it is larger than the multipart threshold) read into memory, with its
 * SHA-256 updated chunk by chunk as it is read, while the bytes are still in the CPU's cache: no second pass over
 * them. Sized from the declared length when there is one, so the bytes are copied once, and handed to the SDK
 * without the copy {@code RequestBody.fromBytes} makes.
 */
final class RecordingBuffer {

    private static final int CHUNK = 64 * 1024;

    private final byte[] bytes;
    private final int length;
    private final MessageDigest digest;
    private final boolean whole;

    private RecordingBuffer(byte[] bytes, int length, MessageDigest digest, boolean whole) {
        this.bytes = bytes;
        this.length = length;
        this.digest = digest;
        this.whole = whole;
    }

    /**
     * Reads up to {@code limit} bytes, and one more to tell whether the stream goes on.
     *
     * @param declared the length the caller declared, or 0 or less when unknown
     */
    static RecordingBuffer read(RecordingKey key, InputStream in, long declared, int limit) {
        MessageDigest digest = Sha256.newDigest();
        byte[] bytes = new byte[(int) Math.min(limit + 1L, declared > 0 ? declared + 1 : CHUNK)];
        int length = 0;
        try {
            while (length <= limit) {
                if (length == bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(limit + 1L, 2L * bytes.length));
                }
                int n = in.read(bytes, length, Math.min(CHUNK, bytes.length - length));
                if (n < 0) {
                    break;
                }
                digest.update(bytes, length, n);
                length += n;
            }
        } catch (IOException e) {
            throw new RecordingStoreException("could not read the recording " + key + " to store it", e);
        }
        return new RecordingBuffer(bytes, length, digest, length <= limit);
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** False when the stream holds more than the limit: it goes up in parts. */
    boolean whole() {
        return whole;
    }

    /** The digest so far; for a whole recording, finish it with {@link #sha256()}. */
    MessageDigest digest() {
        return digest;
    }

    /** The SHA-256 of a whole recording, in hex; call once. */
    String sha256() {
        return Sha256.hex(digest.digest());
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes, 0, length);
    }

    /** The bytes as a request body the SDK can re-read on a retry, without copying them. */
    RequestBody body() {
        return RequestBody.fromContentProvider(this::stream, length, RecordingObjects.CONTENT_TYPE);
    }
}
