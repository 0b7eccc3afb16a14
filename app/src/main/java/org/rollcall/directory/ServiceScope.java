package org.rollcall.directory;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which of an authority's children Rollcall monitors: a mode (all, a pilot list, in-borough or out-of-borough
 * only) and the cohorts bought. A child outside the scope is not expected on calls.
 */
public record ServiceScope(ScopeMode mode, Set<Cohort> cohorts) {

    public ServiceScope {
        if (mode == null) {
            throw new IllegalArgumentException("a service scope needs a mode: all, pilot, in-borough or "
                    + "out-of-borough");
        }
        if (cohorts == null || cohorts.isEmpty()) {
            throw new IllegalArgumentException("a service scope needs at least one cohort: looked-after children, "
                    + "post-16, youth offending team or children missing education");
        }
        cohorts = Set.copyOf(EnumSet.copyOf(cohorts));
    }

    /** Every child of every cohort: what an authority has until it says otherwise. */
    public static ServiceScope everyone() {
        return new ServiceScope(ScopeMode.ALL, EnumSet.allOf(Cohort.class));
    }

    /**
     * @param cohort the child's cohort for monitoring ({@link CohortRules#monitoredAs}), so a Year 12 looked-after
     *     child counts as post-16
     */
    public boolean covers(Cohort cohort, boolean inBorough, boolean inPilot) {
        if (!cohorts.contains(cohort)) {
            return false;
        }
        return switch (mode) {
            case ALL -> true;
            case PILOT -> inPilot;
            case IN_BOROUGH -> inBorough;
            case OUT_OF_BOROUGH -> !inBorough;
        };
    }
}
