package org.rollcall.platform;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health component "db" (management port), in place of Spring Boot's: the same check, but DOWN within
 * {@value #LIMIT_MILLIS} ms when the database does not answer, instead of after the pool's connection-timeout.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    static final long LIMIT_MILLIS = 1500;

    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource) {
        var check = new DataSourceHealthIndicator(dataSource, "SELECT 1");
        return new TimedHealth(check, Duration.ofMillis(LIMIT_MILLIS), "the database");
    }
}
