package org.rollcall.recordings.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class S3SettingsTests {

    private static final URI MINIO = URI.create("http://127.0.0.1:9000");

    @Test
    void fillsInDefaults() {
        var settings = new S3Settings(null, null, "rollcall-recordings", false, null, null, 0, 0, null, null, null);

        assertThat(settings.region()).isEqualTo("eu-west-2");
        assertThat(settings.multipartThresholdBytes()).isEqualTo(8 * 1024 * 1024);
        assertThat(settings.partSizeBytes()).isEqualTo(8 * 1024 * 1024);
        assertThat(settings.sse()).isEqualTo(ServerSideEncryption.NONE);
        assertThat(settings.overwriteCheck()).as("ask the S3 API unless told").isEqualTo(OverwriteCheck.AUTO);
        assertThat(settings.withOverwriteCheck(OverwriteCheck.HEAD_FIRST).withMultipart(0, 0).overwriteCheck())
                .isEqualTo(OverwriteCheck.HEAD_FIRST);
    }

    @Test
    void neverPrintsTheSecretKey() {
        assertThat(S3Settings.of(MINIO, null, "bucket", "access", "very-secret").toString())
                .contains("access").doesNotContain("very-secret");
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> S3Settings.of(MINIO, null, "Bad_Bucket", null, null))
                .hasMessageContaining("not a valid S3 bucket name");
        assertThatThrownBy(() -> S3Settings.of(MINIO, null, "bucket", "access", null))
                .hasMessageContaining("both an access key and a secret key");
        assertThatThrownBy(() -> S3Settings.of(MINIO, null, "bucket", null, null).withMultipart(1024, 0))
                .hasMessageContaining("multipart threshold 1024 is outside");
        assertThatThrownBy(() -> S3Settings.of(MINIO, null, "bucket", null, null)
                .withEncryption(ServerSideEncryption.S3, "key-id"))
                .hasMessageContaining("only used with server-side encryption KMS");
    }

    @Test
    void readsContentRanges() {
        assertThat(ContentRange.parse("bytes 100-199/1000", 100L)).containsExactly(100, 199, 1000);
        assertThat(ContentRange.parse(null, 1000L)).containsExactly(0, 999, 1000);
    }
}
