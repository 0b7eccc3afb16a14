package org.rollcall.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.rollcall.directory.ChildId;

/** One measured phase of the benchmark: what its seats and API clients saw. */
final class Run {

    final Map<UUID, String> schoolNames;
    final Map<UUID, List<ChildId>> children;
    final LocalDate today;
    /** When the window opened (nanoTime): slow pops and busy seconds are printed as seconds into it. */
    volatile long windowOpened = System.nanoTime();
    final long handleMillis;
    volatile boolean measuring = true;

    final Map<String, Queue<Double>> screenPops = new ConcurrentHashMap<>();
    final Map<String, Queue<Double>> markSaves = new ConcurrentHashMap<>();
    /** Cross-node offers: from the commit on the dialler's node to the screen's node hearing the notice. */
    final Map<String, Queue<Double>> noticesHeard = new ConcurrentHashMap<>();
    final Map<String, Queue<Double>> api = new ConcurrentHashMap<>();
    /** Same-node pops split: commit → the offering thread's after-commit work done; then → the client has it. */
    final Queue<Double> popOnServer = new ConcurrentLinkedQueue<>();
    final Queue<Double> popDelivery = new ConcurrentLinkedQueue<>();
    /** Stop-the-world collections in the window, ms ({@link GcPauses}). */
    final Queue<Double> gcPauses = new ConcurrentLinkedQueue<>();
    /** The same pauses, and the pops slower than the target, as {start, end} in nanoTime. */
    final Queue<long[]> pauseSpans = new ConcurrentLinkedQueue<>();
    final Queue<long[]> slowPops = new ConcurrentLinkedQueue<>();
    final Queue<long[]> slowSaves = new ConcurrentLinkedQueue<>();
    final Map<String, AtomicInteger> lostPops = new ConcurrentHashMap<>();
    final AtomicInteger overlapping = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger apiErrors = new AtomicInteger();

    Run(Map<UUID, String> schoolNames, Map<UUID, List<ChildId>> children, LocalDate today, long handleMillis) {
        this.schoolNames = schoolNames;
        this.children = children;
        this.today = today;
        this.handleMillis = handleMillis;
    }

    /**
     * Every operator goes Ready in the window's first second, so its first seconds are a surge of offers (as when
     * the morning's windows open on a full room); the pops after it are the steady day's.
     */
    static final long SURGE_NANOS = 30_000_000_000L;
    final Queue<Double> steadyPops = new ConcurrentLinkedQueue<>();
    /** When each offer committed (nanoTime), and how many operators went Ready: how long the surge kept one waiting. */
    final Queue<Long> offerCommits = new ConcurrentLinkedQueue<>();
    volatile int operators;

    /** Seconds into the window when every operator had been offered a first call; NaN if some never were. */
    double everyOperatorOffered() {
        List<Long> commits = offerCommits.stream().sorted().toList();
        return operators == 0 || commits.size() < operators ? Double.NaN
                : (commits.get(operators - 1) - windowOpened) / 1e9;
    }

    /** Keyed by the node whose dialler offered the call and the node holding the operator's screen. */
    void screenPop(String diallerNode, String screenNode, long committedAt, double millis) {
        if (measuring) {
            offerCommits.add(committedAt);
            screenPops.computeIfAbsent(diallerNode + "→" + screenNode, k -> new ConcurrentLinkedQueue<>()).add(millis);
            if (committedAt - windowOpened >= SURGE_NANOS) {
                steadyPops.add(millis);
            }
        }
    }

    /** Each second of the window: the machine's CPU busy (0–1, all cores) and this JVM's share of it. */
    final Queue<double[]> cpu = new ConcurrentLinkedQueue<>();

    void cpu(double machine, double jvm) {
        cpu.add(new double[] {machine, jvm});
    }

    void slowPop(long committedAt, long received) {
        if (measuring) {
            slowPops.add(new long[] {committedAt, received});
        }
    }

    /** How many of these slow pops or saves were under way while the collector had the JVM stopped. */
    long duringPauses(Queue<long[]> slow) {
        return slow.stream().filter(s -> pauseSpans.stream().anyMatch(gc -> gc[0] < s[1] && gc[1] > s[0])).count();
    }

    /** The seconds into the window at which these slow pops or saves started. */
    List<Long> secondsIn(Queue<long[]> slow) {
        return slow.stream().map(s -> (s[0] - windowOpened) / 1_000_000_000L).sorted().toList();
    }

    void popParts(double onServer, double delivery) {
        if (measuring) {
            popOnServer.add(onServer);
            popDelivery.add(delivery);
        }
    }

    void noticeHeard(String diallerNode, String screenNode, double millis) {
        if (measuring) {
            noticesHeard.computeIfAbsent(diallerNode + "→" + screenNode, k -> new ConcurrentLinkedQueue<>())
                    .add(millis);
        }
    }

    void lost(String diallerNode, String screenNode) {
        if (measuring) {
            lostPops.computeIfAbsent(diallerNode + "→" + screenNode, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    void markSave(String node, long started, long ended, double targetMillis) {
        double millis = (ended - started) / 1e6;
        markSaves.computeIfAbsent(node, k -> new ConcurrentLinkedQueue<>()).add(millis);
        if (millis > targetMillis) {
            slowSaves.add(new long[] {started, ended});
        }
    }

    void api(String node, double millis) {
        if (measuring) {
            api.computeIfAbsent(node, k -> new ConcurrentLinkedQueue<>()).add(millis);
        }
    }

    static List<Double> all(Map<String, Queue<Double>> byKey) {
        return byKey.values().stream().flatMap(Collection::stream).toList();
    }

    static int lost(Map<String, AtomicInteger> byKey) {
        return byKey.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** p50, p99 and max of {@code values} in ms, and how many. */
    record Figures(int n, double p50, double p99, double max) {

        static Figures of(Collection<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return new Figures(0, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Figures(sorted.size(), at(sorted, 50), at(sorted, 99), sorted.getLast());
        }

        private static double at(List<Double> sorted, int p) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        @Override
        public String toString() {
            return String.format("n %6d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms", n, p50, p99, max);
        }
    }
}
