package org.rollcall.directory;

import java.time.LocalDate;
import java.util.List;

/** Who Rollcall monitors, and how often: each authority's service scope and cohort rules, each provision's choice. */
public interface Monitoring {

    /** The children in their authority's service scope expected at the provision on the day, with their frequency. */
    List<MonitoredChild> monitoredChildren(ProvisionId provision, LocalDate day);

    /**
     * One authority's monitored children on the day, at each provision they are expected at (a child at an
     * alternative provision on a timetabled day appears twice: on roll and at the AP), ordered by name; two queries
     * whatever the number of children (the authority's day dashboard).
     */
    List<MonitoredPlacement> monitoredChildren(AuthorityId authority, LocalDate day);

    /** Every provision with at least one monitored child on the day, in one pass: the national day plan's input. */
    List<ProvisionDay> provisionsToCall(LocalDate day);

    /** How many monitored children each provision has on the day, in one pass (the capacity plan's call sizes). */
    java.util.Map<ProvisionId, Integer> childrenToCall(LocalDate day);

    ServiceScope serviceScope(AuthorityId authority);

    CohortRules cohortRules(AuthorityId authority);
}
