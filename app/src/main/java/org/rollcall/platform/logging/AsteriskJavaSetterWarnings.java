package org.rollcall.platform.logging;

import java.util.Locale;
import java.util.Set;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops Asterisk-Java's "Unable to set property 'destchanvariable' … no setter" warnings. Asterisk 18 to 22 send that
 * header on DialBegin, DialEnd, DialState, OriginateResponse and LocalBridge, Asterisk-Java 3.42 has no setter for it,
 * and nothing in Rollcall reads it: 8 to 10 of these a call (about 400 an hour in the demo) hid real warnings. Only
 * these properties, only from that logger, only at WARN: a missing setter for any other property is still shown, since
 * it may be one Rollcall needs. Installed by {@link LoggingFilters}.
 */
public final class AsteriskJavaSetterWarnings extends TurboFilter {

    static final String LOGGER = "org.asteriskjava.manager.util.EventAttributesHelper";
    /** Headers Asterisk sends that Asterisk-Java cannot set and Rollcall never reads. */
    static final Set<String> KNOWN = Set.of("destchanvariable");

    private static final String PREFIX = "Unable to set property '";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.WARN || logger == null || !LOGGER.equals(logger.getName()) || format == null
                || !format.startsWith(PREFIX) || !format.contains("no setter")) {
            return FilterReply.NEUTRAL;
        }
        int end = format.indexOf('\'', PREFIX.length());
        String property = end < 0 ? "" : format.substring(PREFIX.length(), end).toLowerCase(Locale.ROOT);
        return KNOWN.contains(property) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
