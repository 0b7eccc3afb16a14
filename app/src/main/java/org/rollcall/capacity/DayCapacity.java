package org.rollcall.capacity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.rollcall.calls.PlannedSchoolCall;

/**
 * A real day's capacity plan (ADR 0045): the day's school calls ({@code calls.SchoolCallPlan}) sized by their
 * monitored children, the roster kept in {@link Rosters}, and the simulator's handle-time model
 * ({@link SimulationSettings#defaults()}), through {@link CapacityPlan}.
 */
public interface DayCapacity {

    /** How many windows to suggest moving at most. */
    int MOVES_SHOWN = 10;

    DayPlan plan(LocalDate day);

    /**
     * The plan for {@code day}: {@code calls} in the order of {@link DueCall#id()} (call {@code i} is
     * {@code calls.get(i)}), with each school's name and children, and the shifts it was planned with.
     */
    record DayPlan(LocalDate day, CapacityPlan plan, List<SchoolCall> calls, List<RosteredShift> shifts,
                   SimulationSettings settings) {

        public SchoolCall call(DueCall due) {
            return calls.get(due.id());
        }

        public int callsOpening() {
            return plan.slots().stream().mapToInt(CapacityPlan.Slot::callsOpening).sum();
        }

        /** Operator-hours the first attempts need (the sum over half hours, each half an hour long). */
        public double operatorHoursNeeded() {
            return plan.slots().stream().mapToDouble(CapacityPlan.Slot::operatorsNeeded).sum() / 2;
        }

        /** Operator-hours rostered within the plan's half hours. */
        public double operatorHoursRostered() {
            return plan.slots().stream().mapToLong(CapacityPlan.Slot::operatorsRostered).sum() / 2.0;
        }

        public long halfHoursShort() {
            return plan.slots().stream().filter(CapacityPlan.Slot::understaffed).count();
        }
    }

    /** One school call of the day, named. */
    record SchoolCall(PlannedSchoolCall call, String school, int children) {

        public LocalTime opens() {
            return call.opens();
        }

        public LocalTime closes() {
            return call.closes();
        }
    }
}
