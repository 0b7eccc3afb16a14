package org.rollcall.demo;

import java.util.List;

import org.rollcall.accounts.ApiTokens;
import org.rollcall.directory.AuthoritySummary;
import org.rollcall.directory.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Loads demo data into an empty database and prints where to go and how to sign in. */
@Component
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final DemoProperties properties;
    private final DemoDataGenerator generator;
    private final Directory directory;
    private final Environment environment;
    private final ApiTokens tokens;
    private final ConfigurableApplicationContext context;
    private final DemoHistory history;

    DemoRunner(DemoProperties properties, DemoDataGenerator generator, Directory directory, Environment environment,
               ApiTokens tokens, ConfigurableApplicationContext context, DemoHistory history) {
        this.history = history;
        this.tokens = tokens;
        this.context = context;
        this.properties = properties;
        this.generator = generator;
        this.directory = directory;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.data()) {
            return;
        }
        if (!directory.authorities().isEmpty()) {
            log.info("Demo data: the database already has data; nothing generated");
        } else {
            var scale = properties.scale().equals("full") ? new DemoDataGenerator.Scale(100, 8_000, 28_000)
                    : new DemoDataGenerator.Scale(3, 40, 150);
            long started = System.nanoTime();
            var authorities = generator.generate(scale, properties);
            if (!authorities.isEmpty()) {
                history.record(authorities.getFirst(), properties.seed()); // for Attendance statistics (ADR 0037)
            }
            log.info("Demo data ({} scale) took {} ms", properties.scale(), (System.nanoTime() - started) / 1_000_000);
        }
        if (properties.exitAfterGenerating()) {
            // A command, not a server: stop before the planner and dialler start on the new data.
            log.info("Demo data is in place; stopping (rollcall.demo.exit-after-generating=true)");
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (!properties.data()) {
            return;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        List<AuthoritySummary> authorities = directory.authorities();
        StringBuilder text = new StringBuilder("\n\n  Rollcall is up: http://localhost:" + port + "/\n\n");
        String management = environment.getProperty("local.management.port");
        if (management != null) {
            text.append("  Health for operations (no login): http://localhost:").append(management)
                    .append("/actuator/health\n\n");
        }
        text.append("  Demo logins (password '").append(DemoDataGenerator.DEMO_PASSWORD).append("'):\n")
                .append("    operator1 … operator5   operators' workspace\n")
                .append("    qa                      QA: calls and recordings\n")
                .append("    admin                   administrator\n")
                .append("    authority1, authority2  extranet of two different authorities\n")
                .append("    teacher1                designated teacher of the third school: My pupils\n\n")
                .append("  Demo API tokens (GET /api/v1/attendance?date=YYYY-MM-DD, header "
                        + "'Authorization: Bearer <token>'):\n");
        for (int i = 0; i < Math.min(authorities.size(), 5); i++) {
            String token = DemoDataGenerator.demoToken(i);
            tokens.authenticate(token).map(directory::authority).ifPresent(a -> text.append("    ").append(token)
                    .append("  (").append(a.name()).append(")\n"));
        }
        text.append("\n  Robot operators: ").append(properties.robotOperators())
                .append(" (rollcall.demo.robot-operators)\n");
        log.info(text.toString());
    }
}
