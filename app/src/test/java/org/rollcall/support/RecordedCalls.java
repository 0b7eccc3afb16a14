package org.rollcall.support;

import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;

/** Schools that a robot operator calls now, and the wait until such a call's recording is stored. */
public final class RecordedCalls {

    private RecordedCalls() {
    }

    /** A school open for calls now, with one child of {@code authority} on roll. */
    public static ProvisionId school(DirectoryAdmin directory, Clock clock, AuthorityId authority, String name,
                                     String phone) {
        LocalDate today = LocalDate.now(clock);
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse(phone), "Mrs Player", null, Frequency.DAILY, null,
                openNow(clock)));
        ChildId child = directory.createChild(new NewChild(authority, null, "Pip", name.replace(' ', '-'),
                today.minusYears(8), 3, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(1));
        return school;
    }

    /** Waits for the robot-operated call to the school and for its recording to be stored. */
    public static CallSummary recordedCallTo(CallLog calls, Recordings recordings, Clock clock, ProvisionId school) {
        CallSummary call = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> completedCall(calls, clock, school), Optional::isPresent).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> recordings.forCall(call.id().value())
                .filter(r -> r.status() == RecordingStatus.STORED).isPresent());
        return call;
    }

    // Today's or, just after midnight, yesterday's: a call planned at 23:58 keeps its day.
    private static Optional<CallSummary> completedCall(CallLog calls, Clock clock, ProvisionId school) {
        LocalDate today = LocalDate.now(clock);
        return java.util.stream.Stream.of(today, today.minusDays(1)).flatMap(day -> calls.onDate(day).stream())
                .filter(c -> c.provisionId().equals(school) && c.outcome() == CallOutcome.COMPLETED).findFirst();
    }
}
