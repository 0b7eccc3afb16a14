package org.rollcall.recordings.s3;

/**
 * How the store keeps a stored recording from being replaced by different bytes (evidence is never overwritten).
 * Either way, the same bytes again are a harmless retry.
 */
public enum OverwriteCheck {

    /**
     * Asks the S3 API once (at start-up, or else at the first store) whether it refuses a second PUT with
     * {@code If-None-Match: *} onto the same key, and uses {@link #IF_NONE_MATCH} if it does, {@link #HEAD_FIRST}
     * if it does not (or will not say: a 4xx on the scratch object). Over plain HTTP it also asks whether the S3
     * API refuses a body that does not match its SHA-256 header; if so, uploads' bodies are left to that signed
     * header instead of being SigV4-signed as well. At most four requests on a scratch object under
     * {@code probes/}, deleted after. The other two values ask nothing (bodies stay signed over plain HTTP).
     */
    AUTO,

    /**
     * One conditional PUT per recording: the S3 API itself refuses to replace an existing object (412), atomically,
     * and only then is the stored object looked up to tell a retry from a different recording. AWS S3 and S3Proxy
     * do this; an S3 API that ignores the header would overwrite silently, so choose this only for one known to
     * honour it.
     */
    IF_NONE_MATCH,

    /**
     * A HEAD before every PUT: for S3 APIs that ignore {@code If-None-Match}. A round trip more per recording, and
     * not atomic: two writers of the same key at the same moment could both find it free.
     */
    HEAD_FIRST
}
