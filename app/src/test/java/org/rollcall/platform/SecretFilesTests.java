package org.rollcall.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SecretFilesTests {

    @TempDir
    Path data;

    @Test
    void aNewKeyFileIsOwnerOnlyInAnOwnerOnlyFolder() throws IOException {
        Path key = data.resolve("keys/directory.key");

        assertThat(SecretFiles.readOrCreate(key, "secret")).isEqualTo("secret");

        assertThat(key).hasContent("secret");
        assertThat(permissions(key)).isEqualTo("rw-------");
        assertThat(permissions(key.getParent())).isEqualTo("rwx------");
    }

    @Test
    void anExistingKeyIsReadNotReplacedAndAReadableOneIsTightenedWithALogLine(CapturedOutput output)
            throws IOException {
        Path key = Files.createDirectories(data.resolve("keys")).resolve("directory.key");
        Files.writeString(key, "kept");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(key.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(SecretFiles.readOrCreate(key, "fresh")).isEqualTo("kept");

        assertThat(permissions(key)).isEqualTo("rw-------");
        assertThat(permissions(key.getParent())).isEqualTo("rwx------");
        assertThat(output).contains(key.toAbsolutePath() + " was rw-r--r--; made readable by its owner only "
                + "(rw-------)");

        SecretFiles.readOrCreate(key, "fresh");
        assertThat(output.toString().split("made readable by its owner only \\(rw-------\\)", -1))
                .as("said once, not at every start").hasSize(2);
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
