package org.rollcall.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.CalendarAdmin;
import org.rollcall.calendar.ClosedSessions;
import org.rollcall.calendar.ClosureReason;
import org.rollcall.calendar.NewClosure;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The worked example of ADR 0037 on the real database: marks recorded through attendance, a closure through the
 * calendar, placements through the directory; figures read back per child, group, week and calendar.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceStatisticsIntegrationTests {

    @Autowired AttendanceStatistics statistics;
    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired CalendarAdmin calendar;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Clock clock;

    private AuthorityId authority;
    private AuthorityId other;
    private ChildId amy;
    private ChildId ben;
    private ChildId cai;
    private LocalDate monday;
    private DateRange week;

    @BeforeAll
    void aWeekOfMarks() {
        LocalDate today = LocalDate.now(clock);
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        week = DateRange.of(monday, monday.plusDays(4));
        authority = directory.createAuthority("Statsworth Borough", Nation.ENGLAND, "317");
        other = directory.createAuthority("Otherham Council", Nation.ENGLAND, "318");
        ProvisionId oaks = school("Statsworth Oaks Primary", Nation.ENGLAND, today);
        ProvisionId ysgol = school("Ysgol Ystadegau", Nation.WALES, today);
        ProvisionId elsewhere = school("Otherham Academy", Nation.ENGLAND, today);
        amy = child(authority, oaks, "Amy", monday, true);
        ben = child(authority, oaks, "Ben", monday.plusDays(2), true);
        cai = child(authority, ysgol, "Cai", monday, false);
        ChildId dan = child(other, elsewhere, "Dan", monday, true);

        record(amy, oaks, 0, "/", "\\");
        record(amy, oaks, 1, "/", "I");
        record(amy, oaks, 2, "B", "\\");
        record(amy, oaks, 3, "O", null); // Thursday PM never marked
        record(ben, oaks, 2, "/", "\\");
        record(ben, oaks, 3, "/", "\\");
        for (int day = 0; day < 5; day++) {
            record(cai, ysgol, day, "/", day < 2 ? "H" : "\\"); // Welsh H: holiday agreed, authorised
            record(dan, elsewhere, day, "O", "O");
        }
        accounts.createUser("stats-admin", "Stats Admin", "stats-password-1", Role.ADMIN, null);
        SignIn.as(users, contexts, "stats-admin");
        calendar.recordClosure(new NewClosure(oaks, monday.plusDays(4), monday.plusDays(4), ClosedSessions.BOTH,
                ClosureReason.INSET_DAY, null), "stats-admin");
        contexts.clearContext();
    }

    @Test
    void eachChildCountsTheirOwnPossibleSessions() {
        Map<String, SessionFigures> byName = new java.util.HashMap<>();
        statistics.children(authority, week).forEach(c -> byName.put(c.childName(), c.sessions()));
        assertThat(statistics.children(authority, week)).extracting(ChildStatistics::childName)
                .containsExactly("Amy Stats", "Ben Stats", "Cai Stats");

        SessionFigures amys = byName.get("Amy Stats");
        assertThat(amys.counts().possible()).as("Mon-Thu AM; Friday closed; Thursday PM unrecorded").isEqualTo(7);
        assertThat(amys.counts().attended()).isEqualTo(5);
        assertThat(amys.unrecorded()).isEqualTo(1);
        assertThat(amys.missedByCode()).isEqualTo(Map.of("I", 1, "O", 1));
        assertThat(amys.attendancePercent()).isEqualTo(71.4);
        assertThat(amys.flag()).isEqualTo(AbsenceFlag.PERSISTENT);

        assertThat(byName.get("Ben Stats").counts().possible()).as("joined on Wednesday").isEqualTo(4);
        assertThat(byName.get("Ben Stats").attendancePercent()).isEqualTo(100.0);

        SessionFigures cais = byName.get("Cai Stats");
        assertThat(cais.counts().possible()).isEqualTo(10);
        assertThat(cais.missedByCode()).isEqualTo(Map.of("H", 2));
        assertThat(cais.attendancePercent()).isEqualTo(80.0);

        assertThat(statistics.child(amy, week).sessions()).isEqualTo(amys);
    }

    @Test
    void groupsAndWeeksAddUpTheChildren() {
        List<GroupStatistics> schools = statistics.groups(authority, week, Grouping.SCHOOL);
        assertThat(schools).extracting(GroupStatistics::label)
                .containsExactly("Statsworth Oaks Primary", "Ysgol Ystadegau");
        assertThat(schools.getFirst().children()).isEqualTo(2);
        assertThat(schools.getFirst().sessions().counts().possible()).isEqualTo(11);
        assertThat(schools.getFirst().persistentlyAbsent()).isEqualTo(1);

        List<GroupStatistics> borough = statistics.groups(authority, week, Grouping.BOROUGH);
        assertThat(borough).extracting(GroupStatistics::label, GroupStatistics::children)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("In borough", 2),
                        org.assertj.core.groups.Tuple.tuple("Out of borough", 1));
        assertThat(statistics.groups(authority, week, Grouping.COHORT)).singleElement()
                .satisfies(g -> assertThat(g.label()).isEqualTo("Looked-after child"));

        List<WeekStatistics> weeks = statistics.weekly(authority, week);
        assertThat(weeks).singleElement().satisfies(w -> {
            assertThat(w.weekStarting()).isEqualTo(monday);
            assertThat(w.sessions().counts().possible()).isEqualTo(21);
            assertThat(w.sessions().counts().attended()).isEqualTo(17);
            assertThat(w.sessions().unrecorded()).isEqualTo(1);
        });
    }

    @Test
    void anotherAuthoritysChildrenNeverCount() {
        assertThat(statistics.children(other, week)).extracting(ChildStatistics::childName)
                .containsExactly("Dan Stats");
        assertThat(statistics.weekly(other, week).getFirst().sessions().counts().possible()).isEqualTo(10);
    }

    @Test
    void theCalendarShowsClosuresAndTheSessionNotYetMarked() {
        List<SessionCell> cells = statistics.calendar(amy, week);
        assertThat(cells).hasSize(10);
        assertThat(cells.get(1)).satisfies(c -> {
            assertThat(c.code()).isEqualTo("\\");
            assertThat(c.label()).isEqualTo("Present (PM)");
        });
        assertThat(cells.get(7).state()).isEqualTo(SessionCell.State.NOT_YET_MARKED);
        // Friday: the calendar closes it; attendance marks it '#' after the closure's commit.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statistics.calendar(amy, week)
                .subList(8, 10)).allSatisfy(c -> assertThat(c.code()).isEqualTo("#")));
        assertThat(statistics.child(amy, week).sessions().counts().possible()).isEqualTo(7);
    }

    @Test
    void aRangeBeyondTheHistoryKeptIsRefusedSayingHowFarBack() {
        LocalDate today = LocalDate.now(clock);
        DateRange tooLong = DateRange.of(today.minusYears(3).minusDays(1), today);
        assertThatThrownBy(() -> statistics.children(authority, tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statistics go back 3 years: choose a first day on or after "
                        + org.rollcall.platform.ui.HumanDates.date(today.minusYears(3)));
        assertThat(statistics.weekly(authority, DateRange.of(today.minusYears(3), today))).isNotEmpty();
        assertThat(statistics.schoolYearToDate(LocalDate.of(2027, 3, 5)))
                .isEqualTo(DateRange.of(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 5)));
        assertThat(statistics.schoolYearToDate(LocalDate.of(2026, 9, 1)))
                .isEqualTo(DateRange.day(LocalDate.of(2026, 9, 1)));
    }

    private void record(ChildId child, ProvisionId school, int day, String am, String pm) {
        List<RecordMark> marks = new ArrayList<>();
        LocalDate date = monday.plusDays(day);
        marks.add(mark(child, school, date, Session.AM, am));
        if (pm != null) {
            marks.add(mark(child, school, date, Session.PM, pm));
        }
        attendance.recordAll(marks);
    }

    private static RecordMark mark(ChildId child, ProvisionId school, LocalDate date, Session session, String code) {
        String reason = List.of("/", "\\", "B", "#").contains(code) ? null : "told by the school";
        return new RecordMark(child, school, date, session, code, reason, null, null, "tester");
    }

    private ProvisionId school(String name, Nation nation, LocalDate today) {
        // Called weekly on another weekday, so no call for it comes due during the test.
        int otherDay = today.getDayOfWeek().getValue() % 5 + 1;
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, nation,
                UkPhoneNumber.parse("01632 960998"), "Ms Stats", null, Frequency.WEEKLY, otherDay,
                List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30))), null,
                "not called on the test's day"));
    }

    private ChildId child(AuthorityId authority, ProvisionId school, String name, LocalDate from, boolean inBorough) {
        ChildId id = directory.createChild(new NewChild(authority, null, name, "Stats", from.minusYears(9), 4,
                Cohort.LAC, inBorough, SenStatus.NONE));
        directory.place(id, school, PlacementKind.ON_ROLL, from);
        return id;
    }
}
