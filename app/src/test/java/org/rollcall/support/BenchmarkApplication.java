package org.rollcall.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.rollcall.RollcallApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The real application for a benchmark (not a test): embedded PostgreSQL without fsync in a temporary directory
 * that is deleted on close, quiet logs, any free ports, the app clock starting at a given moment.
 */
public final class BenchmarkApplication implements AutoCloseable {

    private final Path data;
    private final ConfigurableApplicationContext context;

    private BenchmarkApplication(Path data, ConfigurableApplicationContext context) {
        this.data = data;
        this.context = context;
    }

    /** {@code clockStart} like {@code 2027-02-26T06:00}; {@code extra} as {@code --name=value} arguments. */
    public static BenchmarkApplication start(String name, String clockStart, String... extra) {
        return start(name, clockStart, context -> { }, extra);
    }

    /** As above, with beans registered before the context refreshes (a primary one replaces the app's own). */
    public static BenchmarkApplication start(String name, String clockStart,
                                             Consumer<GenericApplicationContext> beforeRefresh, String... extra) {
        try {
            Path data = Files.createTempDirectory(name);
            // Arguments, not default properties: application.yml would override those.
            String[] common = {"--rollcall.platform.data-directory=" + data,
                    "--rollcall.platform.embedded-database-port=0", "--rollcall.platform.embedded-database-fsync=false",
                    "--rollcall.notify.embedded-smtp-port=0",
                    "--rollcall.platform.clock-start=" + clockStart, "--server.port=0", "--management.server.port=0",
                    "--spring.main.banner-mode=off", "--logging.level.root=warn",
                    "--rollcall.directory.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="};
            String[] args = Stream.concat(Stream.of(common), Stream.of(extra)).toArray(String[]::new);
            return new BenchmarkApplication(data, new SpringApplicationBuilder(RollcallApplication.class)
                    .initializers(c -> beforeRefresh.accept((GenericApplicationContext) c)).run(args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The HTTP port the application listens on (it was started on any free one). */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
