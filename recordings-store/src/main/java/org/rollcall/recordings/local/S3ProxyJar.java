package org.rollcall.recordings.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Finds S3Proxy's self-contained jar ({@code org.gaul:s3proxy:VERSION:jar-with-dependencies}). The build of this
 * module fetches it into the local Maven repository and records where, so it is there for spring-boot:run and
 * for tests; {@code -Drollcall.s3proxy.jar} or {@code ROLLCALL_S3PROXY_JAR} point elsewhere (e.g. in an image).
 */
final class S3ProxyJar {

    static final String PROPERTY = "rollcall.s3proxy.jar";
    static final String ENVIRONMENT = "ROLLCALL_S3PROXY_JAR";

    private S3ProxyJar() {
    }

    static Path locate() {
        List<Path> candidates = candidates();
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() ->
                new IllegalStateException("S3Proxy's jar (org.gaul:s3proxy:" + buildInfo().getProperty("version")
                        + ":jar-with-dependencies) was not found in " + candidates + ". Build the recordings-store "
                        + "module once online (./mvnw -pl recordings-store package fetches it from Maven Central), "
                        + "set -D" + PROPERTY + "=/path/to/s3proxy.jar, or configure an S3 endpoint instead of the "
                        + "embedded one."));
    }

    private static List<Path> candidates() {
        var candidates = new ArrayList<Path>();
        String explicit = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (explicit != null && !explicit.isBlank()) {
            return List.of(Path.of(explicit));
        }
        Properties build = buildInfo();
        String version = build.getProperty("version");
        String relative = "org/gaul/s3proxy/" + version + "/s3proxy-" + version + "-jar-with-dependencies.jar";
        String repository = build.getProperty("localRepository");
        if (repository != null && !repository.startsWith("@")) {
            candidates.add(Path.of(repository).resolve(relative));
        }
        candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(relative));
        return candidates;
    }

    private static Properties buildInfo() {
        var properties = new Properties();
        try (InputStream in = S3ProxyJar.class.getResourceAsStream("s3proxy.properties")) {
            if (in == null) {
                throw new IllegalStateException("s3proxy.properties is missing from the recordings-store jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
