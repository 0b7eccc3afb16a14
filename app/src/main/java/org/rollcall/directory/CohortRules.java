package org.rollcall.directory;

import java.util.EnumMap;
import java.util.Map;

/**
 * How often an authority has each cohort called. Unless the authority says otherwise: looked-after children and
 * the youth offending cohort daily, post-16 learners weekly, children missing education twice a day.
 */
public record CohortRules(Map<Cohort, CallFrequency> frequencies) {

    private static final Map<Cohort, CallFrequency> DEFAULTS = Map.of(Cohort.LAC, CallFrequency.DAILY,
            Cohort.YOT, CallFrequency.DAILY, Cohort.POST_16, CallFrequency.WEEKLY, Cohort.CME,
            CallFrequency.TWICE_DAILY);

    public CohortRules {
        EnumMap<Cohort, CallFrequency> all = new EnumMap<>(DEFAULTS);
        if (frequencies != null) {
            all.putAll(frequencies);
        }
        frequencies = Map.copyOf(all);
    }

    public static CohortRules defaults() {
        return new CohortRules(Map.of());
    }

    public CohortRules with(Cohort cohort, CallFrequency frequency) {
        EnumMap<Cohort, CallFrequency> changed = new EnumMap<>(frequencies);
        changed.put(cohort, frequency);
        return new CohortRules(changed);
    }

    /** The cohort a child is monitored as: children missing education first, then post-16 by cohort or year 12+. */
    public static Cohort monitoredAs(Cohort cohort, int yearGroup) {
        if (cohort == Cohort.CME) {
            return Cohort.CME;
        }
        return cohort == Cohort.POST_16 || yearGroup >= 12 ? Cohort.POST_16 : cohort;
    }

    /**
     * How often the child is called at a provision: the authority's rule for its cohort, except that a provision
     * moved to weekly is called weekly for its daily children too (children missing education keep two calls a
     * day: their safety cannot wait a week).
     */
    public CallFrequency frequencyFor(Cohort cohort, int yearGroup, Frequency provisionFrequency) {
        CallFrequency rule = frequencies.get(monitoredAs(cohort, yearGroup));
        return provisionFrequency == Frequency.WEEKLY && rule == CallFrequency.DAILY ? CallFrequency.WEEKLY : rule;
    }
}
