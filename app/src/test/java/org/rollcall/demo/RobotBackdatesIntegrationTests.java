package org.rollcall.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rollcall.support.TestTimes.openNow;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
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
import org.rollcall.moves.Backdating;
import org.rollcall.moves.MoveTo;
import org.rollcall.moves.NewMove;
import org.rollcall.moves.SchoolMoves;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Unattended: a child moved to Rowan Primary on Thursday 26 November; on the school's call on Wednesday 2 December a
 * robot operator takes today's marks and backdates the child's since the start: present for every school session,
 * each stored with its own date (Thursday, Friday, Monday and Tuesday; not the weekend), on the call, and the backdate
 * is done.
 */
@RollcallIntegrationTest
// The robot AP path's context (one robot; its AP absence rate touches no AP here): one Spring context for both.
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.demo.robot-ap-absence-rate=1",
        "rollcall.demo.seed=12012"})
class RobotBackdatesIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired SchoolMoves moves;
    @Autowired Backdating backdating;
    @Autowired Attendance attendance;
    @Autowired Clock clock;

    @Test
    void aRobotOperatorBackdatesAMovedChildsMarksOnTheNewSchoolsCall() {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = LocalDate.of(2026, 11, 26);
        AuthorityId authority = directory.createAuthority("Robot Move Borough", Nation.ENGLAND, "931");
        ProvisionId old = directory.createProvision(new NewProvision("Elm Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960931"), "Mrs Elm", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(7, 0), LocalTime.of(7, 30)))));
        ProvisionId rowan = directory.createProvision(new NewProvision("Rowan Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960932"), "Mr Rowan", null,
                Frequency.DAILY, null, openNow(clock)));
        ChildId child = directory.createChild(new NewChild(authority, null, "Ella", "Evans", today.minusYears(9), 4,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, old, PlacementKind.ON_ROLL, today.minusDays(60));
        moves.record(new NewMove(child, start, MoveTo.existing(rowan, null), null), "robot test");
        assertThat(backdating.dueAt(rowan)).singleElement().satisfies(d -> assertThat(d.missing()).isEqualTo(8));

        await().atMost(Duration.ofSeconds(90)).until(() -> backdating.dueAt(rowan).isEmpty());
        List<Mark> marks = attendance.currentMarks(child, start, today.minusDays(1));
        assertThat(marks).hasSize(8).allSatisfy(m -> {
            assertThat(m.recordedBy()).startsWith("robot");
            assertThat(m.callId()).isNotNull();
            assertThat(m.provisionId()).isEqualTo(rowan);
            assertThat(m.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        assertThat(marks).extracting(Mark::date).containsOnly(start, start.plusDays(1), start.plusDays(4),
                start.plusDays(5));
    }
}
