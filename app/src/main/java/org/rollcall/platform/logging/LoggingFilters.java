package org.rollcall.platform.logging;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import ch.qos.logback.classic.LoggerContext;

/**
 * Adds Rollcall's Logback filters just after Spring Boot has set Logback up (which clears them), so its own
 * configuration, logging.file.name included, stays as Boot makes it. Registered in META-INF/spring.factories.
 */
public final class LoggingFilters implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context && context.getTurboFilterList()
                .stream().noneMatch(AsteriskJavaSetterWarnings.class::isInstance)) {
            AsteriskJavaSetterWarnings filter = new AsteriskJavaSetterWarnings();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
