/**
 * The RecordingStore port: call recordings kept as evidence in an S3 API. The S3 implementation lives in
 * {@code s3}, the local disk spool with its retrying uploader in {@code spool}, and the embedded S3 server for
 * demos and tests in {@code local}. AWS SDK types never leave those packages.
 */
package org.rollcall.recordings;
