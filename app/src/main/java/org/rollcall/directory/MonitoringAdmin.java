package org.rollcall.directory;

import java.time.DayOfWeek;
import java.util.Collection;

/** Changes who is monitored and how often. Every refusal says what was wrong and what is accepted. */
public interface MonitoringAdmin {

    void setServiceScope(AuthorityId authority, ServiceScope scope);

    /** Replaces the authority's pilot list (used when its scope is {@link ScopeMode#PILOT}). */
    void setPilot(AuthorityId authority, Collection<ChildId> children);

    void setCohortFrequency(AuthorityId authority, Cohort cohort, CallFrequency frequency);

    /**
     * Daily, or weekly on a weekday with the reason (a school that objects to daily calls); for a daily provision
     * {@code weeklyDay} is the day its post-16 learners are collected (null: the default day).
     */
    void setCallFrequency(ProvisionId provision, Frequency frequency, DayOfWeek weeklyDay, String reason);
}
