package org.rollcall.capacity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rollcall.calls.PlannedSchoolCall;
import org.rollcall.calls.SchoolCallPlan;
import org.rollcall.capacity.CapacityPlan;
import org.rollcall.capacity.DayCapacity;
import org.rollcall.capacity.DueCall;
import org.rollcall.capacity.RosteredShift;
import org.rollcall.capacity.Rosters;
import org.rollcall.capacity.SimulationSettings;
import org.rollcall.directory.Directory;
import org.rollcall.directory.Monitoring;
import org.rollcall.directory.ProvisionId;
import org.springframework.stereotype.Component;

/**
 * The real day through the day model: four queries (the day's school calls, the children per provision, the
 * schools' names, the roster) and the model's arithmetic, whatever the number of schools.
 */
@Component
class PlannedDayCapacity implements DayCapacity {

    private final SchoolCallPlan schoolCalls;
    private final Monitoring monitoring;
    private final Directory directory;
    private final Rosters rosters;

    PlannedDayCapacity(SchoolCallPlan schoolCalls, Monitoring monitoring, Directory directory, Rosters rosters) {
        this.schoolCalls = schoolCalls;
        this.monitoring = monitoring;
        this.directory = directory;
        this.rosters = rosters;
    }

    @Override
    public DayPlan plan(LocalDate day) {
        List<PlannedSchoolCall> planned = schoolCalls.schoolCalls(day);
        Map<ProvisionId, Integer> children = planned.isEmpty() ? Map.of() : monitoring.childrenToCall(day);
        Map<ProvisionId, String> names = directory.provisionNames(planned.stream().map(PlannedSchoolCall::provision)
                .distinct().toList());
        List<SchoolCall> calls = new ArrayList<>(planned.size());
        List<DueCall> due = new ArrayList<>(planned.size());
        for (PlannedSchoolCall call : planned) {
            // A call planned before its last child left still rings the school: it counts as one child.
            int size = Math.max(1, children.getOrDefault(call.provision(), 1));
            due.add(new DueCall(calls.size(), call.opens(), call.closes(), size));
            calls.add(new SchoolCall(call, names.getOrDefault(call.provision(), "a school"), size));
        }
        List<RosteredShift> shifts = rosters.shifts(day);
        SimulationSettings settings = SimulationSettings.defaults();
        CapacityPlan plan = CapacityPlan.of(due, shifts.stream().map(RosteredShift::asShift).toList(), settings,
                MOVES_SHOWN);
        return new DayPlan(day, plan, calls, shifts, settings);
    }
}
