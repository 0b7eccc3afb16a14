package org.rollcall.platform;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files holding secrets (generated keys): readable and writable by their owner only, their folder likewise. A file
 * made before this rule (mode 644) is tightened when it is read, with a log line. On a file system without POSIX
 * permissions nothing is changed.
 */
public final class SecretFiles {

    private static final Logger log = LoggerFactory.getLogger(SecretFiles.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private SecretFiles() {
    }

    /**
     * Creates {@code file} owner-only with {@code content}, unless it exists; then reads it, tightening it (and its
     * folder) to owner-only first if others could read it.
     */
    public static String readOrCreate(Path file, String content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        boolean posix = Files.getFileStore(folder).supportsFileAttributeView("posix");
        if (posix) {
            tighten(folder, OWNER_ONLY_FOLDER);
        }
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content);
            return content;
        } catch (FileAlreadyExistsException exists) {
            if (posix) {
                tighten(file, OWNER_ONLY);
            }
            return Files.readString(file);
        }
    }

    private static void tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
        if (!now.equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
            log.warn("{} was {}; made readable by its owner only ({})", path.toAbsolutePath(),
                    PosixFilePermissions.toString(now), PosixFilePermissions.toString(wanted));
        }
    }
}
