package org.rollcall.directory;

import java.time.DayOfWeek;
import java.util.Collection;

/** Changes who is monitored and how often. Every refusal says what was wrong and what is accepted. */
public interface MonitoringAdmin {

    /**
     * Sets the scope and, unless {@code pilot} is null, replaces the pilot list (used when the mode is
     * {@link ScopeMode#PILOT}); both or neither.
     */
    void setServiceScope(AuthorityId authority, ServiceScope scope, Collection<ChildId> pilot);

    void setCohortFrequency(AuthorityId authority, Cohort cohort, CallFrequency frequency);

    /**
     * Daily, or weekly on a weekday with the reason (a school that objects to daily calls); for a daily provision
     * {@code weeklyDay} is the day its post-16 learners are collected (null: the default day).
     */
    void setCallFrequency(ProvisionId provision, Frequency frequency, DayOfWeek weeklyDay, String reason);
}
