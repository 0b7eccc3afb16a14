package org.rollcall.recordings.s3;

import java.util.ArrayList;
import java.util.List;

import org.rollcall.recordings.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;

/** One multipart upload with a SHA-256 checksum on every part; aborted unless completed. */
final class MultipartUpload {

    private static final Logger log = LoggerFactory.getLogger(MultipartUpload.class);

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String uploadId;
    private final List<CompletedPart> parts = new ArrayList<>();
    private boolean completed;

    private MultipartUpload(S3Client s3, String bucket, String key, String uploadId) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.uploadId = uploadId;
    }

    static MultipartUpload begin(S3Client s3, CreateMultipartUploadRequest request) {
        var created = s3.createMultipartUpload(request.toBuilder().checksumAlgorithm(ChecksumAlgorithm.SHA256)
                .build());
        return new MultipartUpload(s3, request.bucket(), request.key(), created.uploadId());
    }

    void upload(byte[] part) {
        int number = parts.size() + 1;
        String checksum = RecordingObjects.base64(Sha256.newDigest().digest(part));
        var response = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
                .contentLength((long) part.length).checksumAlgorithm(ChecksumAlgorithm.SHA256)
                .checksumSHA256(checksum), RequestBody.fromBytes(part));
        parts.add(CompletedPart.builder().partNumber(number).eTag(response.eTag()).checksumSHA256(checksum).build());
    }

    /** @param ifNoneMatch refuse (412) when the key was taken meanwhile, atomically at the S3 API */
    void complete(boolean ifNoneMatch) {
        s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                .ifNoneMatch(ifNoneMatch ? "*" : null).multipartUpload(m -> m.parts(parts)));
        completed = true;
    }

    /** Leaves no parts behind (they would be billed and never visible); failures here are only logged. */
    void abortUnlessCompleted() {
        if (completed) {
            return;
        }
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (RuntimeException e) {
            log.warn("Could not abort multipart upload {} of {}; a bucket lifecycle rule should remove it", uploadId,
                    key, e);
        }
    }

    int partCount() {
        return parts.size();
    }
}
