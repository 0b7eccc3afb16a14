package org.rollcall.capacity;

import java.time.LocalTime;
import java.util.List;

/**
 * Not a test: simulates the seed's day (8,000 school calls for 28,000 children) and the national day (25,000
 * provisions, 90,000 children) under each offer rule, on a virtual clock, and prints what issue 17 asks: share of
 * schools started inside their window, windows missed, queue wait, utilisation, abandoned calls, follow-ups done the
 * same day, and the fewest operators reaching 99.5% inside window beside two lower bounds. Never fails on figures.
 * {@code ./mvnw -B -pl app -am -Pday-simulator -DskipTests verify}
 */
public final class DaySimulatorBenchmark {

    private static final double TARGET = 0.995;
    private static final LocalTime SHIFT_STARTS = LocalTime.of(8, 45);
    private static final LocalTime SHIFT_ENDS = LocalTime.of(18, 0);

    private DaySimulatorBenchmark() {
    }

    public static void main(String[] args) {
        SimulationSettings settings = SimulationSettings.defaults();
        System.out.printf("Settings: %s%n%n", settings);
        day("Seed day, windows spread evenly (the first measurement's kinder day)", DayPlans.even(8_000, 28_000, 7),
                45, settings);
        day("Seed day, clustered windows", DayPlans.clustered(8_000, 28_000, 7), 45, settings);
        day("National day, clustered windows", DayPlans.clustered(25_000, 90_000, 11), 141, settings);
        gap(DayPlans.clustered(8_000, 28_000, 7), settings);
        capacityPlan(DayPlans.clustered(8_000, 28_000, 7), 45, settings);
    }

    /**
     * Where the operators above the lower bound go on the clustered seed day: the bound knows only mean handle times
     * and first attempts, the day has handle times that vary and schools that are busy or ring out (ADR 0036).
     */
    private static void gap(List<DueCall> plan, SimulationSettings settings) {
        OfferRule rule = OfferRule.WINDOW_CLOSES_FIRST;
        System.out.println("== Seed day, clustered windows: the operators above the lower bound, " + rule.label());
        System.out.printf("%-46s %6s %7s %6s%n", "day", "bound", "fewest", "ratio");
        gapRow("as set", plan, settings, rule);
        gapRow("handle times never vary (spread 0)", plan, settings.withSpread(0), rule);
        gapRow("every school answers the first attempt", plan, settings.withAnswerRates(1, 0), rule);
        gapRow("both", plan, settings.withSpread(0).withAnswerRates(1, 0), rule);
        int[] fewest = new int[10];
        for (int i = 0; i < fewest.length; i++) {
            fewest[i] = OperatorSearch.fewest(plan, settings.withSeed(i + 1), rule, TARGET, SHIFT_STARTS,
                    SHIFT_ENDS);
        }
        System.out.printf("As set, seeds 1–10 (one day is one draw): fewest %s%n", java.util.Arrays.toString(fewest));
        atTheTarget(plan, settings);
    }

    /**
     * Every rule with the operators the target allows (1.10 × the bound): the share of schools first called inside
     * their window, and the schools never reached in it, which is what the service is for (ADR 0055).
     */
    private static void atTheTarget(List<DueCall> plan, SimulationSettings settings) {
        int operators = (int) Math.floor(LowerBounds.of(plan, settings).operators() * 1.10);
        System.out.printf("With %d operators (1.10 × the bound), each rule:%n", operators);
        System.out.printf("%-26s %7s %7s %9s%n", "rule", "inside", "missed", "unreached");
        for (OfferRule rule : OfferRule.values()) {
            DayResult r = DaySimulation.run(plan, Roster.of(operators, SHIFT_STARTS, SHIFT_ENDS), settings, rule);
            System.out.printf("%-26s %6.2f%% %7d %9d%n", rule.label(), r.insideWindow() * 100, r.windowsMissed(),
                    r.unreached());
        }
        System.out.println();
    }

    private static void gapRow(String label, List<DueCall> plan, SimulationSettings settings, OfferRule rule) {
        int bound = LowerBounds.of(plan, settings).operators();
        int fewest = OperatorSearch.fewest(plan, settings, rule, TARGET, SHIFT_STARTS, SHIFT_ENDS);
        System.out.printf("%-46s %6d %7d %5.2f×%n", label, bound, fewest, (double) fewest / bound);
    }

    private static void capacityPlan(List<DueCall> plan, int rostered, SimulationSettings settings) {
        CapacityPlan capacity = CapacityPlan.of(plan, Roster.of(rostered, SHIFT_STARTS, SHIFT_ENDS), settings, 10);
        System.out.println("== Capacity plan, seed day with clustered windows, " + rostered + " operators rostered");
        System.out.printf("%-6s %8s %8s %9s%n", "from", "opening", "needed", "rostered");
        capacity.slots().forEach(s -> System.out.printf("%-6s %8d %8.1f %9d%s%n", s.starts(), s.callsOpening(),
                s.operatorsNeeded(), s.operatorsRostered(), s.understaffed() ? "  short" : ""));
        System.out.println("Windows that most need moving:");
        capacity.moves().forEach(m -> System.out.printf("  call %d, %s–%s, %d children: %.1f operators short; "
                + "room from %s%n", m.call().id(), m.call().opens(), m.call().closes(), m.call().children(),
                m.overload(), m.suggestedOpens()));
    }

    private static void day(String title, List<DueCall> plan, int rostered, SimulationSettings settings) {
        System.out.println("== " + title + ": " + String.format("%,d", plan.size()) + " school calls, "
                + String.format("%,d", plan.stream().mapToInt(DueCall::children).sum()) + " children");
        LowerBounds bounds = LowerBounds.of(plan, settings);
        System.out.printf("Lower bounds: all work over the day %d operators; busiest stretch %s–%s %d operators%n",
                bounds.totalWorkOperators(), bounds.busiestFrom(), bounds.busiestUntil(),
                bounds.busiestStretchOperators());
        System.out.printf("%-20s %9s %7s %7s %9s %6s %6s %6s %6s %6s %6s %9s %8s%n", "rule", "operators",
                "inside", "missed", "unreached", "wait50", "wait95", "waitMx", "util", "hourMx", "hourMn",
                "abandoned", "followUp");
        for (OfferRule rule : OfferRule.values()) {
            long started = System.nanoTime();
            DayResult result = DaySimulation.run(plan, Roster.of(rostered, SHIFT_STARTS, SHIFT_ENDS), settings,
                    rule);
            double ms = (System.nanoTime() - started) / 1e6;
            print(result);
            System.out.printf("%20s (one day simulated in %.0f ms)%n", "", ms);
        }
        for (OfferRule rule : OfferRule.values()) {
            long started = System.nanoTime();
            int fewest = OperatorSearch.fewest(plan, settings, rule, TARGET, SHIFT_STARTS, SHIFT_ENDS);
            double s = (System.nanoTime() - started) / 1e9;
            DayResult atFewest = DaySimulation.run(plan, Roster.of(fewest, SHIFT_STARTS, SHIFT_ENDS), settings, rule);
            System.out.printf("Fewest operators for %.1f%% inside window, %-20s %4d = %.2f × the higher lower bound "
                    + "(%d) [search %.1f s]%n", TARGET * 100, rule.label() + ":", fewest,
                    (double) fewest / bounds.operators(), bounds.operators(), s);
            print(atFewest);
        }
        System.out.println();
    }

    private static void print(DayResult r) {
        System.out.printf("%-20s %9d %6.2f%% %7d %9d %5.1fm %5.1fm %5.1fm %5.1f%% %5.1f%% %5.1f%% %9d %7.1f%%%n",
                r.rule().label(), r.operators(), r.insideWindow() * 100, r.windowsMissed(), r.unreached(),
                r.waitP50() / 60, r.waitP95() / 60, r.waitMax() / 60, r.utilisation() * 100, r.busiestHour() * 100,
                r.quietestHour() * 100, r.abandoned(), r.followUpsDoneSameDay() * 100);
    }
}
