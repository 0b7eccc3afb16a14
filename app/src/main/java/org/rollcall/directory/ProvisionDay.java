package org.rollcall.directory;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * One provision with at least one monitored child on a day: how often its children are called, its weekly day
 * (null when it chose none) and its windows ({@code morning} null when it has none).
 */
public record ProvisionDay(ProvisionId provision, Set<CallFrequency> frequencies, DayOfWeek weeklyDay,
                           CallWindow morning, CallWindow afternoon) {

    public ProvisionDay {
        frequencies = Set.copyOf(frequencies);
    }

    public boolean has(CallFrequency frequency) {
        return frequencies.contains(frequency);
    }
}
