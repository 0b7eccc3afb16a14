package org.rollcall.supervision.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.rollcall.calls.CallStatus;
import org.rollcall.calls.CallSummary;
import org.rollcall.calls.SchoolsNotReached;

/** The wallboard's rules over the day's call rows: what is queued, at risk, missed or unreached, and the figures. */
public final class LiveDay {

    private LiveDay() {
    }

    /** Calls waiting for an operator (due, or offered and not yet started), the window closing soonest first. */
    public static List<CallSummary> queue(List<CallSummary> today) {
        return today.stream().filter(c -> c.status() == CallStatus.DUE || c.status() == CallStatus.OFFERED)
                .sorted(Comparator.comparing(CallSummary::windowCloses).thenComparing(CallSummary::dueAt)).toList();
    }

    /**
     * A call not started yet (due or offered) whose window is still open but closes within {@code within}: it will
     * be missed unless someone picks it up now.
     */
    public static boolean atRisk(CallSummary call, Instant now, Duration within) {
        return (call.status() == CallStatus.DUE || call.status() == CallStatus.OFFERED)
                && call.windowCloses().isAfter(now) && !call.windowCloses().isAfter(now.plus(within));
    }

    /** School calls whose window closed unreached today with nothing following yet (rule in the calls module). */
    public static List<CallSummary> missed(List<CallSummary> today) {
        return SchoolsNotReached.windowMissed(today);
    }

    /** School calls that ended unreached on their last attempt, with nothing waiting: the dialler has given up. */
    public static List<CallSummary> unreached(List<CallSummary> today) {
        return SchoolsNotReached.afterEveryAttempt(today);
    }

    /**
     * The day so far. A call is made once dialled; a school is reached once a call to it was connected; a call started
     * inside its window was dialled before the window closed.
     *
     * @param childrenMarked children with a mark saved on today's calls
     */
    public static DayFigures figures(List<CallSummary> today, int childrenMarked) {
        List<CallSummary> made = today.stream().filter(c -> c.placedAt() != null).toList();
        long reached = today.stream().filter(c -> !c.purpose().aboutAChild() && c.bridgedAt() != null)
                .map(CallSummary::provisionId).distinct().count();
        long inside = made.stream().filter(c -> c.placedAt().isBefore(c.windowCloses())).count();
        Integer share = made.isEmpty() ? null : (int) Math.round(100.0 * inside / made.size());
        return new DayFigures(made.size(), (int) reached, childrenMarked, share);
    }

    /**
     * @param startedInWindowPercent null before the first call is made
     */
    public record DayFigures(int callsMade, int schoolsReached, int childrenMarked, Integer startedInWindowPercent) {
    }
}
