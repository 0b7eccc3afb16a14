package org.rollcall.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.util.EventAttributesHelper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;

/** Asterisk-Java's own warnings, from its own code, through the filter: the known one dropped, the others kept. */
class AsteriskJavaSetterWarningsTests {

    private final AsteriskJavaSetterWarnings filter = new AsteriskJavaSetterWarnings();

    @Test
    void dropsOnlyTheKnownSetterWarningOfThatLogger() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger helper = context.getLogger(AsteriskJavaSetterWarnings.LOGGER);
        String known = "Unable to set property 'destchanvariable' to 'CALL_ID=x' on "
                + "org.asteriskjava.manager.event.DialEndEvent: no setter. Please report at https://github.com";
        assertThat(filter.decide(null, helper, Level.WARN, known, null, null)).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, helper, Level.WARN, known.replace("destchanvariable", "linkedid"), null, null))
                .as("a setter Rollcall may need").isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, helper, Level.WARN, "Malformed line 'x' for a map property", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("org.rollcall.any"), Level.WARN, known, null, null))
                .as("another logger").isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void asteriskJavasRealWarningForTheHeaderIsTheOneDropped() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger helper = context.getLogger(AsteriskJavaSetterWarnings.LOGGER);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        helper.addAppender(seen);
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);
        try {
            EventAttributesHelper.setAttributes(new DialBeginEvent(this), Map.of("destchanvariable", "CALL_ID=x",
                    "rollcallprobe", "1"), null);
            assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).startsWith("Unable to set property 'rollcallprobe'"))
                    .noneSatisfy(m -> assertThat(m).contains("'destchanvariable'"));
        } finally {
            context.getTurboFilterList().remove(filter);
            helper.detachAppender(seen);
        }
    }
}
