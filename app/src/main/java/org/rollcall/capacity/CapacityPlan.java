package org.rollcall.capacity;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Per half hour: school calls whose window opens then, the operators their first attempts need (each call's mean
 * attempt spread evenly over its window, the simulator's handle-time model), and the operators rostered; then the
 * windows that most need moving: those lying where the need most exceeds the roster (larger calls first, as moving
 * one relieves more), with the nearest half hour
 * that has room for them.
 */
public record CapacityPlan(List<Slot> slots, List<Move> moves) {

    static final int SLOT = 1800;

    /** One half hour from {@code starts}. */
    public record Slot(LocalTime starts, int callsOpening, double operatorsNeeded, long operatorsRostered) {

        public boolean understaffed() {
            return operatorsNeeded > operatorsRostered;
        }

        /** Whole operators to add so the rostered cover the need (nobody works a fraction): 0 when covered. */
        public long shortBy() {
            return understaffed() ? (long) Math.ceil(operatorsNeeded - 1e-9) - operatorsRostered : 0;
        }
    }

    /** A window to ask the school to move, and where to. */
    public record Move(DueCall call, double overload, LocalTime suggestedOpens) {
    }

    public static CapacityPlan of(List<DueCall> plan, Roster roster, SimulationSettings settings, int movesWanted) {
        return of(plan, roster::onShiftAt, settings, movesWanted);
    }

    /** As {@link #of(List, Roster, SimulationSettings, int)}; no shifts is a day nobody is rostered yet. */
    public static CapacityPlan of(List<DueCall> plan, List<Shift> shifts, SimulationSettings settings,
                                  int movesWanted) {
        return shifts.isEmpty() ? of(plan, time -> 0L, settings, movesWanted)
                : of(plan, new Roster(shifts), settings, movesWanted);
    }

    private static CapacityPlan of(List<DueCall> plan, java.util.function.ToLongFunction<LocalTime> rostered,
                                   SimulationSettings settings, int movesWanted) {
        if (plan.isEmpty()) {
            return new CapacityPlan(List.of(), List.of());
        }
        int first = plan.stream().mapToInt(c -> c.opens().toSecondOfDay() / SLOT).min().orElseThrow();
        int last = plan.stream().mapToInt(c -> (c.closes().toSecondOfDay() - 1) / SLOT).max().orElseThrow();
        double[] need = new double[last - first + 1];
        int[] opening = new int[need.length];
        for (DueCall call : plan) {
            opening[call.opens().toSecondOfDay() / SLOT - first]++;
            spread(need, first, call, Expected.attemptSeconds(settings, call.children()));
        }
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < need.length; i++) {
            LocalTime starts = LocalTime.ofSecondOfDay((long) (first + i) * SLOT);
            slots.add(new Slot(starts, opening[i], need[i] / SLOT, rostered.applyAsLong(starts.plusMinutes(15))));
        }
        return new CapacityPlan(slots, moves(plan, slots, first, movesWanted));
    }

    private static void spread(double[] need, int first, DueCall call, double work) {
        double opens = call.opens().toSecondOfDay();
        double closes = call.closes().toSecondOfDay();
        for (int i = (int) opens / SLOT; i * (double) SLOT < closes; i++) {
            double overlap = Math.min(closes, (i + 1.0) * SLOT) - Math.max(opens, (double) i * SLOT);
            need[i - first] += work * overlap / (closes - opens);
        }
    }

    private static List<Move> moves(List<DueCall> plan, List<Slot> slots, int first, int wanted) {
        List<Move> moves = new ArrayList<>();
        for (DueCall call : plan) {
            double overload = 0;
            int from = call.opens().toSecondOfDay() / SLOT - first;
            int to = (call.closes().toSecondOfDay() - 1) / SLOT - first;
            for (int i = from; i <= to; i++) {
                Slot slot = slots.get(i);
                overload = Math.max(overload, slot.operatorsNeeded() - slot.operatorsRostered());
            }
            if (overload > 0) {
                moves.add(new Move(call, overload, roomiest(slots, from)));
            }
        }
        return moves.stream().sorted(Comparator.comparingDouble(Move::overload).reversed()
                .thenComparing(m -> -m.call().children()).thenComparing(m -> m.call().id())).limit(wanted).toList();
    }

    /** The nearest half hour with spare operators, or null when none has any. */
    private static LocalTime roomiest(List<Slot> slots, int from) {
        for (int distance = 1; distance < slots.size(); distance++) {
            for (int i : new int[] {from + distance, from - distance}) {
                if (i >= 0 && i < slots.size() && slots.get(i).operatorsRostered() - slots.get(i).operatorsNeeded() >= 1) {
                    return slots.get(i).starts();
                }
            }
        }
        return null;
    }
}
