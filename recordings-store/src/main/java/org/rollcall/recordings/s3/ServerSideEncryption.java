package org.rollcall.recordings.s3;

/** How S3 encrypts recordings at rest: not asked for, with S3-managed keys (SSE-S3), or with a KMS key. */
public enum ServerSideEncryption {
    NONE, S3, KMS
}
