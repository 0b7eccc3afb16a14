package org.rollcall.workspace;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;

/** What one phase measured, printed beside the targets (and beside the one-node figures for two nodes). */
record Report(String title, Run run, int offers, double seconds, long heapBefore, long heapBytes, int clients) {

    static final double POP_TARGET_MS = 100;
    static final double SAVE_TARGET_MS = 20;
    private static final long HEAP_TARGET = 1L << 30;

    Run.Figures pops() {
        return Run.Figures.of(Run.all(run.screenPops));
    }

    Run.Figures saves() {
        return Run.Figures.of(Run.all(run.markSaves));
    }

    double offersPerSecond() {
        return offers / seconds;
    }

    void print(Report baseline) {
        System.out.printf("-- %s: %,d offers in %.0f s = %.1f offers/s%s%n", title, offers, seconds,
                offersPerSecond(), baseline == null ? "" : String.format(" (%.2f × one node)",
                        offersPerSecond() / baseline.offersPerSecond()));
        line("screen pop, offer committed → client has it", pops(), POP_TARGET_MS,
                baseline == null ? null : baseline.pops());
        line("  after the opening surge (offered from 30 s)", Run.Figures.of(run.steadyPops), POP_TARGET_MS,
                baseline == null ? null : Run.Figures.of(baseline.run().steadyPops));
        // The other side of the surge: pops kept fast by offering no faster than screens are built keep operators
        // waiting for their first call instead.
        System.out.printf("   %-44s %.1f s into the window (the %,d operators' first %,d offers)%n",
                "  every operator offered a first call by", run.everyOperatorOffered(), run.operators, run.operators);
        new TreeMap<>(run.screenPops).forEach((key, values) -> System.out.printf("   %-44s %s%n",
                "  dialler node → screen node " + key, Run.Figures.of(values)));
        new TreeMap<>(run.noticesHeard).forEach((key, values) -> System.out.printf("   %-44s %s%n",
                "  of which commit → notice heard " + key, Run.Figures.of(values)));
        if (!run.popOnServer.isEmpty()) {
            System.out.printf("   %-44s %s%n", "  same node, commit → push handed to Atmosphere", Run.Figures.of(
                    run.popOnServer));
            System.out.printf("   %-44s %s%n", "  same node, handed to Atmosphere → client", Run.Figures.of(
                    run.popDelivery));
        }
        System.out.printf("   %-44s %d, of which %d overlapped a collector pause%n",
                "  pops over " + (int) POP_TARGET_MS + " ms", run.slowPops.size(), run.duringPauses(run.slowPops));
        if (!run.slowPops.isEmpty()) {
            // When they came, beside the seconds the machine was busiest: a burst shows as a cluster.
            System.out.printf("   %-44s s %s%n", "  slow pops, seconds into the window", run.secondsIn(run.slowPops));
            List<Double> cpu = run.cpu.stream().map(c -> c[0]).toList();
            System.out.printf("   %-44s s %s%n", "  seconds with the machine over 90% busy",
                    java.util.stream.IntStream.range(0, cpu.size()).filter(i -> cpu.get(i) > 0.9).boxed().toList());
        }
        int lost = Run.lost(run.lostPops);
        System.out.printf("   %-44s %d%s%n", "screen pops never seen (10 s)", lost,
                lost == 0 ? "" : " " + new TreeMap<>(run.lostPops));
        line("mark save, the Save service call on the server", saves(), SAVE_TARGET_MS,
                baseline == null ? null : baseline.saves());
        perNode(run.markSaves, "  on node ");
        System.out.printf("   %-44s %d, of which %d overlapped a collector pause; seconds into the window %s%n",
                "  saves over " + (int) SAVE_TARGET_MS + " ms", run.slowSaves.size(), run.duringPauses(run.slowSaves),
                run.secondsIn(run.slowSaves));
        line("API client GET /api/v1/attendance", Run.Figures.of(Run.all(run.api)), Double.NaN, null);
        perNode(run.api, "  on node ");
        System.out.printf("   %-44s %d API errors, %d marks refused, %d other failures, %d overlapping offers%n",
                "errors", run.apiErrors.get(), run.rejected.get(), run.failures.get(), run.overlapping.get());
        System.out.printf("   %-44s machine %.0f%% mean (%d of %d seconds over 90%%), of which this JVM %.0f%%%n",
                "CPU, all " + Runtime.getRuntime().availableProcessors() + " cores",
                100 * run.cpu.stream().mapToDouble(c -> c[0]).average().orElse(Double.NaN),
                run.cpu.stream().filter(c -> c[0] > 0.9).count(), run.cpu.size(),
                100 * run.cpu.stream().mapToDouble(c -> c[1]).average().orElse(Double.NaN));
        System.out.printf("   %-44s %s; %.0f ms stopped in all%n", "collector pauses (whole JVM)",
                Run.Figures.of(run.gcPauses), run.gcPauses.stream().mapToDouble(Double::doubleValue).sum());
        System.out.printf("   %-44s %,d MiB used after GC at the end of the window (target ≤ 1,024 MiB: %s)%n",
                "heap (whole JVM: nodes and clients)", heapBytes >> 20, heapBytes <= HEAP_TARGET ? "met" : "NOT met");
        System.out.printf("   %-44s %,d MiB before the sessions opened; %,d KiB more for each of %d clients "
                + "(its server session and its client together)%n", "", heapBefore >> 20,
                (heapBytes - heapBefore) / clients >> 10, clients);
    }

    private static void line(String what, Run.Figures f, double target, Run.Figures baseline) {
        System.out.printf("   %-44s %s%s%s%n", what, f,
                Double.isNaN(target) ? "" : String.format("  (target p99 ≤ %.0f ms: %s)", target,
                        f.p99() <= target ? "met" : "NOT met"),
                baseline == null ? "" : String.format("  p99 %.2f × one node", f.p99() / baseline.p99()));
    }

    private static void perNode(Map<String, Queue<Double>> byNode, String label) {
        if (byNode.size() > 1) {
            new TreeMap<>(byNode).forEach((node, values) -> System.out.printf("   %-44s %s%n", label + node,
                    Run.Figures.of(values)));
        }
    }
}
