package org.rollcall.recordings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.rollcall.recordings.local.LocalS3Server;
import org.rollcall.recordings.s3.S3Settings;

/** One S3Proxy for all integration tests of a JVM (it takes a second or two to start), on a temp directory. */
public final class TestS3 {

    private static LocalS3Server server;

    private TestS3() {
    }

    public static synchronized LocalS3Server server() {
        if (server == null || !server.isRunning()) {
            try {
                server = LocalS3Server.start(Files.createTempDirectory("s3proxy-tests"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** Settings for a bucket of its own, so tests do not see each other's objects. */
    public static S3Settings freshBucket() {
        LocalS3Server s3 = server();
        return S3Settings.of(s3.endpoint(), s3.region(), "test-" + UUID.randomUUID().toString().substring(0, 8),
                s3.accessKey(), s3.secretKey());
    }

    public static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
