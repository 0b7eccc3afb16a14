package org.rollcall.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL from Maven Central binaries, used only when no {@code spring.datasource.url} is given. The
 * cluster lives under {@code <data-directory>/postgres} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties properties) throws IOException {
        Path directory = properties.dataDirectory().resolve("postgres").toAbsolutePath();
        Files.createDirectories(directory.getParent());
        OrphanedPostgres.stop(directory);
        String durable = properties.embeddedDatabaseFsync() ? "on" : "off";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(properties.embeddedDatabasePort())
                .setServerConfig("max_connections", "100")
                // zonky passes -F (fsync off) and synchronous_commit=off, fit for throw-away test databases only;
                // a later -c wins, so the run command's data survives a power cut (rollcall.platform).
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                // Stopped by this bean's close, after everything that uses the database; zonky's own JVM hook
                // would stop it while Spring is still shutting down (the event registry then waits 30 s in vain).
                .setRegisterShutdownHook(false)
                .start();
        log.info("Embedded default: PostgreSQL on 127.0.0.1:{}, data under {}, fsync {} (set spring.datasource.url "
                + "to use your own)", postgres.getPort(), directory, durable);
        return postgres;
    }

    /** spring.datasource.hikari.* apply here too (connection-timeout: how long a request waits for the database). */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

}
