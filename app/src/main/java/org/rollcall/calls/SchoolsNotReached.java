package org.rollcall.calls;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which schools a day's calls did not reach, by one rule for every screen (the supervisor's wallboard, the
 * authority's day dashboard): given a day's call rows (all, or one authority's schools'), the last attempt of each
 * school call (school and purpose) that never got through and has nothing pending.
 */
public final class SchoolsNotReached {

    private static final Set<CallStatus> PENDING = Set.of(CallStatus.DUE, CallStatus.OFFERED, CallStatus.DIALLING,
            CallStatus.RINGING, CallStatus.CONNECTED, CallStatus.WRAP_UP);

    private SchoolsNotReached() {
    }

    /** Ended unreached on the last attempt, with nothing waiting: the dialler has given up. */
    public static List<CallSummary> afterEveryAttempt(List<CallSummary> day) {
        return latestUnsettled(day).stream()
                .filter(c -> c.status() == CallStatus.DONE && c.outcome() != CallOutcome.COMPLETED).toList();
    }

    /**
     * The window closed unreached and nothing has followed yet (no attempt waiting, none that reached the school): the
     * ones a supervisor may give another attempt.
     */
    public static List<CallSummary> windowMissed(List<CallSummary> day) {
        return latestUnsettled(day).stream().filter(c -> c.status() == CallStatus.MISSED).toList();
    }

    /** The latest attempt of each school's call (school and purpose) that neither reached it nor has one pending. */
    private static List<CallSummary> latestUnsettled(List<CallSummary> day) {
        Map<String, List<CallSummary>> bySchoolCall = day.stream().filter(c -> !c.purpose().aboutAChild())
                .collect(Collectors.groupingBy(c -> c.provisionId() + "/" + c.purpose()));
        return bySchoolCall.values().stream()
                .filter(attempts -> attempts.stream().noneMatch(c -> PENDING.contains(c.status())
                        || c.outcome() == CallOutcome.COMPLETED))
                .map(attempts -> attempts.stream().max(Comparator.comparing(CallSummary::attempt)
                        .thenComparing(CallSummary::dueAt)).orElseThrow())
                .filter(c -> c.status() != CallStatus.CANCELLED)
                .sorted(Comparator.comparing(CallSummary::windowCloses)).toList();
    }
}
