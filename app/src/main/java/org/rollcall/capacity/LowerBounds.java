package org.rollcall.capacity;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Two floors under the operators a day needs, from mean handle times: all the day's work spread over the whole
 * working span, and the busiest stretch's first attempts (schools whose windows lie wholly inside it) over that
 * stretch. The target is about first attempts started inside their window, so retries, which may fall after it,
 * are left out of the second; and only a start must fall inside the window, so each operator's last call may run on
 * past the stretch: the stretch is lengthened by one mean attempt for that.
 */
public record LowerBounds(double totalWork, double busiestStretch, LocalTime busiestFrom, LocalTime busiestUntil) {

    public static LowerBounds of(List<DueCall> plan, SimulationSettings settings) {
        if (plan.isEmpty()) {
            return new LowerBounds(0, 0, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
        double work = 0;
        double firstOpen = Double.MAX_VALUE;
        double lastClose = 0;
        for (DueCall call : plan) {
            work += Expected.schoolSeconds(settings, call.children()) + call.children() * settings.unauthorisedRate()
                    * reachedShare(settings) * Expected.carerSeconds(settings);
            firstOpen = Math.min(firstOpen, DaySimulation.seconds(call.opens()));
            lastClose = Math.max(lastClose, DaySimulation.seconds(call.closes()));
        }
        if (settings.unauthorisedRate() > 0) {
            lastClose = Math.max(lastClose, DaySimulation.seconds(settings.carerHoursUntil()));
        }
        return busiest(plan, settings, work / (lastClose - firstOpen));
    }

    /** Operators needed, rounded up. */
    public int totalWorkOperators() {
        return (int) Math.ceil(totalWork - 1e-9);
    }

    public int busiestStretchOperators() {
        return (int) Math.ceil(busiestStretch - 1e-9);
    }

    /** The higher of the two. */
    public int operators() {
        return Math.max(totalWorkOperators(), busiestStretchOperators());
    }

    private static double reachedShare(SimulationSettings s) {
        return 1 - Math.pow(1 - s.answerRate(), s.maxAttempts());
    }

    private static LowerBounds busiest(List<DueCall> plan, SimulationSettings settings, double total) {
        List<DueCall> byClose = plan.stream().sorted(Comparator.comparing(DueCall::closes)).toList();
        double[] work = byClose.stream().mapToDouble(c -> Expected.attemptSeconds(settings, c.children())).toArray();
        double overrun = Expected.attemptSeconds(settings,
                (int) Math.round(plan.stream().mapToInt(DueCall::children).average().orElse(1)));
        TreeSet<LocalTime> opens = new TreeSet<>(plan.stream().map(DueCall::opens).toList());
        double best = 0;
        LocalTime from = LocalTime.MIDNIGHT;
        LocalTime until = LocalTime.MIDNIGHT;
        for (LocalTime a : opens) {
            double sum = 0;
            for (int i = 0; i < byClose.size(); i++) {
                DueCall call = byClose.get(i);
                if (call.opens().isBefore(a)) {
                    continue;
                }
                sum += work[i];
                double length = DaySimulation.seconds(call.closes()) - DaySimulation.seconds(a) + overrun;
                if (sum / length > best) {
                    best = sum / length;
                    from = a;
                    until = call.closes();
                }
            }
        }
        return new LowerBounds(total, best, from, until);
    }
}
