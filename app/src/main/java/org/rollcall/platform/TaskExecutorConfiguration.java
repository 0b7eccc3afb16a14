package org.rollcall.platform;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The application's executor, named so that @Async, Spring Modulith and Vaadin all pick it: the STOMP broker
 * brings executors of its own, and with several present Boot's default one backs off.
 */
@Configuration(proxyBeanMethods = false)
class TaskExecutorConfiguration {

    @Bean(name = {"VaadinTaskExecutor", "applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.threadNamePrefix("rollcall-").build();
    }
}
