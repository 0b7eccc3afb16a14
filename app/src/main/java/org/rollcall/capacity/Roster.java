package org.rollcall.capacity;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Who works when. An operator may work several shifts, but never two at once. */
public record Roster(List<Shift> shifts) {

    public Roster {
        shifts = List.copyOf(shifts);
        if (shifts.isEmpty()) {
            throw new IllegalArgumentException("a roster needs at least one operator");
        }
        for (int i = 0; i < shifts.size(); i++) {
            for (int j = i + 1; j < shifts.size(); j++) {
                Shift a = shifts.get(i);
                Shift b = shifts.get(j);
                if (a.operator().equals(b.operator()) && a.overlaps(b)) {
                    throw new IllegalArgumentException(a.operator() + " has overlapping shifts: " + a.starts()
                            + "–" + a.ends() + " and " + b.starts() + "–" + b.ends());
                }
            }
        }
    }

    /** {@code operators} people all working {@code starts} to {@code ends}. */
    public static Roster of(int operators, LocalTime starts, LocalTime ends) {
        if (operators < 1) {
            throw new IllegalArgumentException("a day needs at least one operator, not " + operators);
        }
        List<Shift> shifts = new ArrayList<>();
        for (int i = 1; i <= operators; i++) {
            shifts.add(new Shift("operator " + i, starts, ends));
        }
        return new Roster(shifts);
    }

    /** Operators on shift at {@code time}. */
    public long onShiftAt(LocalTime time) {
        return shifts.stream().filter(s -> !time.isBefore(s.starts()) && time.isBefore(s.ends())).count();
    }
}
