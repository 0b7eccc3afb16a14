package org.rollcall.directory;

import java.time.DayOfWeek;

/**
 * A monitored child at one provision on a day, with what an authority's day view shows of the provision: its name,
 * its weekly call day (null when it chose none) and its call windows ({@code morning} null when it has none,
 * {@code afternoon} null for a school not yet introduced to the service).
 */
public record MonitoredPlacement(MonitoredChild monitored, ProvisionId provision, String provisionName,
                                 DayOfWeek weeklyDay, CallWindow morning, CallWindow afternoon) {
}
