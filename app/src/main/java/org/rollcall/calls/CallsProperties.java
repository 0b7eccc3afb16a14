package org.rollcall.calls;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param callerId the returnable number presented on every call (E.164); Ofcom requires one
 * @param diallerInterval how often the dialler looks for due calls and ready operators
 * @param planInterval how often today's call plan is topped up from the directory
 * @param retryDelay when a no-answer, busy or failed call is tried again (if still inside its window)
 * @param maxAttempts attempts per window before the call is left as not reached
 */
@ConfigurationProperties("rollcall.calls")
public record CallsProperties(@DefaultValue("+441632960000") String callerId,
                              @DefaultValue("1s") Duration diallerInterval,
                              @DefaultValue("5m") Duration planInterval,
                              @DefaultValue("5m") Duration retryDelay,
                              @DefaultValue("3") int maxAttempts) {
}
