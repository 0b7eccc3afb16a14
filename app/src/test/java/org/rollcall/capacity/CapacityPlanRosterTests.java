package org.rollcall.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plan over a roster kept as shifts (possibly none yet), and how short a half hour is in whole operators. */
class CapacityPlanRosterTests {

    private static final SimulationSettings MODEL = SimulationSettings.defaults();

    @Test
    void aHalfHourIsShortByTheWholeOperatorsMissing() {
        assertThat(new CapacityPlan.Slot(LocalTime.of(9, 0), 3, 4.2, 2).shortBy()).isEqualTo(3);
        assertThat(new CapacityPlan.Slot(LocalTime.of(9, 0), 3, 4.0, 2).shortBy()).isEqualTo(2);
        assertThat(new CapacityPlan.Slot(LocalTime.of(9, 0), 3, 0.1, 0).shortBy()).isEqualTo(1);
        assertThat(new CapacityPlan.Slot(LocalTime.of(9, 0), 3, 2.0, 2).shortBy()).isZero();
        assertThat(new CapacityPlan.Slot(LocalTime.of(9, 0), 3, 1.5, 4).shortBy()).isZero();
    }

    @Test
    void aDayNobodyIsRosteredOnIsShortEveryHalfHourWithCallsAndHasNowhereToMoveThemTo() {
        List<DueCall> calls = List.of(new DueCall(0, LocalTime.of(9, 0), LocalTime.of(9, 30), 3),
                new DueCall(1, LocalTime.of(9, 40), LocalTime.of(10, 10), 1));
        CapacityPlan plan = CapacityPlan.of(calls, List.of(), MODEL, 5);
        assertThat(plan.slots()).extracting(CapacityPlan.Slot::starts)
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0));
        assertThat(plan.slots()).extracting(CapacityPlan.Slot::callsOpening).containsExactly(1, 1, 0);
        assertThat(plan.slots()).allSatisfy(s -> assertThat(s.operatorsRostered()).isZero());
        assertThat(plan.slots()).allSatisfy(s -> assertThat(s.shortBy()).isEqualTo(1));
        assertThat(plan.moves()).hasSize(2).allSatisfy(m -> assertThat(m.suggestedOpens()).isNull());
    }

    @Test
    void shiftsGiveTheSamePlanAsTheRosterTheyMake() {
        List<DueCall> calls = List.of(new DueCall(0, LocalTime.of(9, 0), LocalTime.of(9, 30), 200),
                new DueCall(1, LocalTime.of(13, 0), LocalTime.of(13, 30), 2));
        List<Shift> shifts = List.of(new Shift("a", LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new Shift("b", LocalTime.of(12, 0), LocalTime.of(15, 0)));
        CapacityPlan fromShifts = CapacityPlan.of(calls, shifts, MODEL, 5);
        assertThat(fromShifts).isEqualTo(CapacityPlan.of(calls, new Roster(shifts), MODEL, 5));
        // 200 children in half an hour need more than the one operator on: move it to where there is room.
        assertThat(fromShifts.moves()).singleElement().satisfies(m -> {
            assertThat(m.call().id()).isZero();
            assertThat(m.suggestedOpens()).isEqualTo(LocalTime.of(9, 30));
        });
    }

    @Test
    void overlappingShiftsAreRefusedByName() {
        List<Shift> overlapping = List.of(new Shift("Ada", LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new Shift("Ada", LocalTime.of(11, 0), LocalTime.of(14, 0)));
        assertThatThrownBy(() -> CapacityPlan.of(List.of(), overlapping, MODEL, 1))
                .hasMessage("Ada has overlapping shifts: 09:00–12:00 and 11:00–14:00");
    }
}
