package org.rollcall.capacity;

import java.time.LocalTime;
import java.util.List;

/** The fewest operators, all working the same hours, that start {@code target} of schools inside their window. */
public final class OperatorSearch {

    private static final int MOST = 100_000;

    private OperatorSearch() {
    }

    public static int fewest(List<DueCall> plan, SimulationSettings settings, OfferRule rule, double target,
                             LocalTime starts, LocalTime ends) {
        if (!(target > 0 && target <= 1)) {
            throw new IllegalArgumentException("the share of calls to start inside their window must be above 0 "
                    + "and at most 1, not " + target);
        }
        int high = Math.max(1, LowerBounds.of(plan, settings).operators());
        while (!enough(plan, settings, rule, target, starts, ends, high)) {
            if (high >= MOST) {
                throw new IllegalArgumentException("no roster of up to " + MOST + " operators from " + starts + " to "
                        + ends + " starts " + target + " of the calls inside their windows");
            }
            high = Math.min(MOST, high * 2);
        }
        int low = 0; // not enough (no operators at all)
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (enough(plan, settings, rule, target, starts, ends, mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static boolean enough(List<DueCall> plan, SimulationSettings settings, OfferRule rule, double target,
                                  LocalTime starts, LocalTime ends, int operators) {
        return DaySimulation.run(plan, Roster.of(operators, starts, ends), settings, rule).insideWindow() >= target;
    }
}
