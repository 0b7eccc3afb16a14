package org.rollcall.capacity;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated days for the simulator. Schools cluster their windows after the morning and the afternoon registers,
 * as schools do; the even spread is the kinder day the first measurement used.
 */
public final class DayPlans {

    private DayPlans() {
    }

    /** 55% of windows open around 09:20, 35% around 13:30, 10% anywhere 09:00–15:00; 30 to 60 minutes long. */
    public static List<DueCall> clustered(int calls, int children, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DueCall> plan = new ArrayList<>(calls);
        for (int id = 1; id <= calls; id++) {
            double r = random.nextDouble();
            int opens; // minutes since midnight
            if (r < 0.55) {
                opens = clamp((int) Math.round(9 * 60 + 20 + 20 * random.nextGaussian()), 9 * 60, 10 * 60 + 30);
            } else if (r < 0.90) {
                opens = clamp((int) Math.round(13 * 60 + 30 + 15 * random.nextGaussian()), 13 * 60, 14 * 60 + 30);
            } else {
                opens = 9 * 60 + random.nextInt(6 * 60);
            }
            opens = opens / 5 * 5;
            int length = new int[] {30, 30, 45, 60}[random.nextInt(4)];
            plan.add(call(id, opens, length, childrenOnCall(random, children, calls)));
        }
        return plan;
    }

    /** Windows spread evenly over 09:00–15:30, 30 minutes each. */
    public static List<DueCall> even(int calls, int children, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DueCall> plan = new ArrayList<>(calls);
        for (int id = 1; id <= calls; id++) {
            int opens = 9 * 60 + (int) ((long) (id - 1) * 360 / calls);
            plan.add(call(id, opens, 30, childrenOnCall(random, children, calls)));
        }
        return plan;
    }

    private static DueCall call(int id, int opensMinute, int length, int children) {
        return new DueCall(id, LocalTime.of(opensMinute / 60, opensMinute % 60),
                LocalTime.of((opensMinute + length) / 60, (opensMinute + length) % 60), children);
    }

    /** One child and then some, averaging {@code children / calls}. */
    private static int childrenOnCall(SplittableRandom random, int children, int calls) {
        double extra = (double) children / calls - 1;
        // Poisson by inversion: small means only.
        double l = Math.exp(-extra);
        int k = 0;
        double p = random.nextDouble();
        while (p > l) {
            k++;
            p *= random.nextDouble();
        }
        return 1 + k;
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
