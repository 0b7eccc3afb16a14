package org.rollcall.extranet;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A live list refreshes with every new mark; auditing each refresh would bury the log. One entry per user and day
 * viewed every 15 minutes says the same. Each child's record is still audited on every view.
 */
final class ListViewAudit {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final Map<String, Instant> last = new ConcurrentHashMap<>();

    boolean shouldAudit(String user, LocalDate date) {
        Instant now = Instant.now();
        String key = user + "|" + date;
        Instant previous = last.get(key);
        if (previous != null && previous.plus(WINDOW).isAfter(now)) {
            return false;
        }
        last.put(key, now);
        if (last.size() > 10_000) {
            last.entrySet().removeIf(e -> e.getValue().plus(WINDOW).isBefore(now));
        }
        return true;
    }
}
