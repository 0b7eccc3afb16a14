package org.rollcall.capacity;

import java.util.Arrays;

/** Counts as the day runs; {@link #result()} turns them into a {@link DayResult}. */
final class Tally {

    private static final int HOURS = 24;

    private final OfferRule rule;
    private final int operators;
    private final double[] busyByHour = new double[HOURS];
    private final double[] rosteredByHour = new double[HOURS];
    private double[] waits = new double[1024];
    private int waitCount;
    int schoolsDue;
    private int startedInWindow;
    private int windowsMissed;
    private int unreached;
    int followUps;
    private int followUpsReached;
    private int followUpsConcluded;

    Tally(OfferRule rule, Roster roster) {
        this.rule = rule;
        this.operators = (int) roster.shifts().stream().map(Shift::operator).distinct().count();
        roster.shifts().forEach(s -> spread(rosteredByHour, DaySimulation.seconds(s.starts()),
                DaySimulation.seconds(s.ends())));
    }

    void started(Attempt attempt, double now) {
        if (!attempt.carer && attempt.number == 1) {
            startedInWindow++;
            if (waitCount == waits.length) {
                waits = Arrays.copyOf(waits, waits.length * 2);
            }
            waits[waitCount++] = now - attempt.dueAt;
        }
    }

    void busy(double from, double until) {
        spread(busyByHour, from, until);
    }

    void answered(Attempt attempt) {
        if (attempt.carer) {
            followUpsReached++;
            followUpsConcluded++;
        }
    }

    /** Every attempt was made and none answered. */
    void gaveUp(Attempt attempt) {
        if (attempt.carer) {
            followUpsConcluded++;
        } else {
            unreached++;
        }
    }

    /** The window closed while the attempt waited for an operator. */
    void closedWaiting(Attempt attempt) {
        if (attempt.carer) {
            return; // still open at the end of the carer hours: not done the same day
        }
        if (attempt.number == 1) {
            windowsMissed++;
        } else {
            unreached++;
        }
    }

    /** Busiest and quietest hours are looked for between {@code fromHour} and {@code untilHour} (exclusive). */
    DayResult result(int fromHour, int untilHour) {
        double[] sorted = Arrays.copyOf(waits, waitCount);
        Arrays.sort(sorted);
        double busy = Arrays.stream(busyByHour).sum();
        double rostered = Arrays.stream(rosteredByHour).sum();
        double busiest = 0;
        double quietest = Double.MAX_VALUE;
        for (int h = Math.max(0, fromHour); h < Math.min(HOURS, untilHour); h++) {
            // Whole hours only: a shift's first or last minutes would make a misleading share.
            if (rosteredByHour[h] >= 3600 * operators * 0.99 && operators > 0) {
                double share = busyByHour[h] / rosteredByHour[h];
                busiest = Math.max(busiest, share);
                quietest = Math.min(quietest, share);
            }
        }
        return new DayResult(rule, operators, schoolsDue, startedInWindow, windowsMissed, unreached, 0,
                percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                rostered == 0 ? 0 : busy / rostered, busiest, quietest == Double.MAX_VALUE ? 0 : quietest, followUps,
                followUpsReached, followUpsConcluded);
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void spread(double[] byHour, double from, double until) {
        double t = from;
        while (t < until) {
            int hour = (int) (t / 3600);
            if (hour >= HOURS) {
                return;
            }
            double end = Math.min(until, (hour + 1) * 3600.0);
            byHour[hour] += end - t;
            t = end;
        }
    }
}
