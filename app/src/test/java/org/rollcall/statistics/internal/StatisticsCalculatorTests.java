package org.rollcall.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rollcall.attendance.CodeCategory;
import org.rollcall.attendance.Session;
import org.rollcall.attendance.WeekMarks;
import org.rollcall.calendar.OpenSessions;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.Nation;
import org.rollcall.directory.OnRollPlacement;
import org.rollcall.directory.ProvisionId;
import org.rollcall.statistics.AbsenceFlag;
import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.DateRange;
import org.rollcall.statistics.GroupStatistics;
import org.rollcall.statistics.Grouping;
import org.rollcall.statistics.SessionCell;
import org.rollcall.statistics.SessionFigures;
import org.rollcall.statistics.WeekStatistics;

/**
 * The worked examples of ADR 0037, on the calculator alone. The school week of Monday 2 to Friday 6 November 2026
 * has ten sessions; "today" is Monday 30 November unless a test says otherwise.
 */
class StatisticsCalculatorTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final LocalDate FRIDAY = MONDAY.plusDays(4);
    static final DateRange WEEK = DateRange.of(MONDAY, FRIDAY);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final ProvisionId OAKS = new ProvisionId(UUID.randomUUID());
    static final ProvisionId ELMS = new ProvisionId(UUID.randomUUID());
    /** Every weekday open, both sessions; weekends closed. */
    static final OpenDays WEEKDAYS = (school, day) -> day.getDayOfWeek().getValue() < 6 ? OpenSessions.BOTH
            : OpenSessions.NONE;

    /** Code categories as the England 2024 and Wales 2010 sets of V4 have them (only those the examples use). */
    static final Map<String, CodeCategory> CODES = Map.ofEntries(
            Map.entry("/", CodeCategory.PRESENT), Map.entry("\\", CodeCategory.PRESENT),
            Map.entry("L", CodeCategory.PRESENT), Map.entry("B", CodeCategory.APPROVED_ACTIVITY),
            Map.entry("P", CodeCategory.APPROVED_ACTIVITY), Map.entry("V", CodeCategory.APPROVED_ACTIVITY),
            Map.entry("W", CodeCategory.APPROVED_ACTIVITY), Map.entry("K", CodeCategory.APPROVED_ACTIVITY),
            Map.entry("J", CodeCategory.APPROVED_ACTIVITY), // Wales 2010: interview counts as attendance
            Map.entry("I", CodeCategory.AUTHORISED_ABSENCE), Map.entry("M", CodeCategory.AUTHORISED_ABSENCE),
            Map.entry("H", CodeCategory.AUTHORISED_ABSENCE), // Wales 2010: holiday agreed
            Map.entry("E", CodeCategory.AUTHORISED_ABSENCE), Map.entry("G", CodeCategory.UNAUTHORISED_ABSENCE),
            Map.entry("O", CodeCategory.UNAUTHORISED_ABSENCE), Map.entry("N", CodeCategory.UNAUTHORISED_ABSENCE),
            Map.entry("D", CodeCategory.NOT_POSSIBLE), Map.entry("X", CodeCategory.NOT_POSSIBLE),
            Map.entry("Y1", CodeCategory.NOT_POSSIBLE), Map.entry("Y", CodeCategory.NOT_POSSIBLE),
            Map.entry("Z", CodeCategory.ADMINISTRATIVE), Map.entry("#", CodeCategory.ADMINISTRATIVE));

    final ChildId amy = child();
    final ChildId ben = child();
    final ChildId cal = child();
    final List<OnRollPlacement> placements = new ArrayList<>();
    final List<Marked> marks = new ArrayList<>();

    @Test
    void presentAndApprovedActivityCountAsAttendance() {
        placed(amy, "Amy", OAKS, MONDAY);
        week(amy, "/", "\\", "L", "\\", "B", "P", "V", "W", "K", "\\");

        SessionFigures amys = only();
        assertThat(amys.counts().present()).isEqualTo(5);
        assertThat(amys.counts().approvedActivity()).isEqualTo(5);
        assertThat(amys.counts().possible()).isEqualTo(10);
        assertThat(amys.attendancePercent()).isEqualTo(100.0);
        assertThat(amys.missedByCode()).isEmpty();
    }

    @Test
    void notPossibleCodesTakeTheSessionOutOfTheDenominator() {
        placed(amy, "Amy", OAKS, MONDAY);
        week(amy, "/", "\\", "D", "D", "X", "Y1", "/", "I", "/", "O");

        SessionFigures amys = only();
        assertThat(amys.counts().notPossible()).isEqualTo(4);
        assertThat(amys.counts().possible()).isEqualTo(6);
        assertThat(amys.counts().attended()).isEqualTo(4);
        assertThat(amys.attendancePercent()).isEqualTo(66.7);
        assertThat(amys.missedByCode()).isEqualTo(Map.of("I", 1, "O", 1));
    }

    @Test
    void closuresInTheCalendarAndHashMarksAreNoPossibleSession() {
        placed(amy, "Amy", OAKS, MONDAY);
        // The calendar closes Wednesday (an INSET day); Thursday's closure was only marked '#' by the school.
        OpenDays insetWednesday = (school, day) -> day.equals(MONDAY.plusDays(2)) ? OpenSessions.NONE
                : WEEKDAYS.open(school, day);
        week(amy, "/", "\\", "/", "\\", null, null, "#", "#", "/", "\\");

        SessionFigures amys = calculator(WEEK, TODAY, insetWednesday).children().getFirst().sessions();
        assertThat(amys.counts().administrative()).isEqualTo(2);
        assertThat(amys.counts().possible()).isEqualTo(6);
        assertThat(amys.unrecorded()).as("a closed session is not waiting for a mark").isZero();
        assertThat(amys.attendancePercent()).isEqualTo(100.0);
    }

    @Test
    void aChildWhoJoinedMidWeekCountsOnlyFromJoining() {
        placed(amy, "Amy", OAKS, MONDAY.plusDays(2));
        // Monday and Tuesday marks (before joining, at a school Rollcall did not watch) do not count.
        week(amy, "N", "N", "N", "N", "/", "\\", "/", "\\", "/", "I");

        SessionFigures amys = only();
        assertThat(amys.counts().possible()).isEqualTo(6);
        assertThat(amys.counts().attended()).isEqualTo(5);
        assertThat(amys.counts().unauthorisedAbsent()).isZero();
        assertThat(amys.attendancePercent()).isEqualTo(83.3);
        assertThat(amys.flag()).isEqualTo(AbsenceFlag.PERSISTENT);
    }

    @Test
    void openSessionsWithoutAMarkAreUnrecordedUntilMarkedAndFutureOnesAreNeither() {
        placed(amy, "Amy", OAKS, MONDAY);
        week(amy, "/", "\\", "/", "\\", "/", "\\", null, null, null, null);

        // Today is Thursday: Thursday's two sessions are unrecorded (not yet marked), Friday's are still to come.
        SessionFigures amys = calculator(WEEK, MONDAY.plusDays(3), WEEKDAYS).children().getFirst().sessions();
        assertThat(amys.unrecorded()).isEqualTo(2);
        assertThat(amys.counts().possible()).as("unrecorded is not possible until marked").isEqualTo(6);
        assertThat(amys.attendancePercent()).isEqualTo(100.0);
    }

    @Test
    void persistentAndSevereAbsenceStartBelowNinetyAndFifty() {
        assertThat(figuresWith(9, 1).attendancePercent()).isEqualTo(90.0);
        assertThat(figuresWith(9, 1).flag()).as("exactly 90.0 is not persistent").isEqualTo(AbsenceFlag.NONE);
        assertThat(figuresWith(17, 2).flag()).as("17 of 19 = 89.5").isEqualTo(AbsenceFlag.PERSISTENT);
        assertThat(figuresWith(5, 5).flag()).as("exactly 50.0 is persistent, not severe")
                .isEqualTo(AbsenceFlag.PERSISTENT);
        assertThat(figuresWith(4, 6).flag()).isEqualTo(AbsenceFlag.SEVERE);
        SessionFigures justBelow = figuresWith(2249, 251);
        assertThat(justBelow.attendancePercent()).as("2,249 of 2,500 = 89.96, shown rounded").isEqualTo(90.0);
        assertThat(justBelow.flag()).as("the flag reads the exact share, not the rounded one")
                .isEqualTo(AbsenceFlag.PERSISTENT);
        assertThat(AbsenceFlag.of(0, 0)).as("no possible session, no flag").isEqualTo(AbsenceFlag.NONE);
    }

    @Test
    void welshCodesCountByTheirOwnCategories() {
        placed(amy, "Amy", OAKS, MONDAY);
        // Wales 2010: H (holiday agreed) is an authorised absence; J (interview) counts as attendance there.
        week(amy, "/", "\\", "H", "H", "J", "\\", "/", "\\", "Y", "Y");

        SessionFigures amys = only();
        assertThat(amys.counts().possible()).isEqualTo(8);
        assertThat(amys.counts().attended()).isEqualTo(6);
        assertThat(amys.counts().authorisedAbsent()).isEqualTo(2);
        assertThat(amys.missedByCode()).isEqualTo(Map.of("H", 2));
        assertThat(amys.attendancePercent()).isEqualTo(75.0);
    }

    @Test
    void groupsSumTheirChildrenAndCountPersistentAndSevereAbsence() {
        placed(amy, "Amy", OAKS, MONDAY, Cohort.LAC, true);
        placed(ben, "Ben", OAKS, MONDAY, Cohort.CME, false);
        placed(cal, "Cal", ELMS, MONDAY, Cohort.LAC, false);
        week(amy, "/", "\\", "/", "\\", "/", "\\", "/", "\\", "/", "\\"); // 100%
        week(ben, "/", "\\", "/", "\\", "/", "I", "I", "O", "O", "O");   // 50%: persistent, not severe
        week(cal, "/", "\\", "/", "G", "G", "G", "G", "G", "G", "G");   // 30%: severe

        StatisticsCalculator calculator = calculator(WEEK, TODAY, WEEKDAYS);
        assertThat(calculator.children()).extracting(ChildStatistics::childName)
                .containsExactly("Amy Pupil", "Ben Pupil", "Cal Pupil");

        List<GroupStatistics> schools = calculator.groups(Grouping.SCHOOL);
        assertThat(schools).extracting(GroupStatistics::label).containsExactly("Elms School", "Oaks School");
        GroupStatistics oaks = schools.get(1);
        assertThat(oaks.children()).isEqualTo(2);
        assertThat(oaks.sessions().counts().possible()).isEqualTo(20);
        assertThat(oaks.sessions().counts().attended()).isEqualTo(15);
        assertThat(oaks.sessions().attendancePercent()).isEqualTo(75.0);
        assertThat(oaks.sessions().missedByCode()).isEqualTo(Map.of("I", 2, "O", 3));
        assertThat(oaks.persistentlyAbsent()).isEqualTo(1);
        assertThat(oaks.severelyAbsent()).isZero();

        List<GroupStatistics> cohorts = calculator.groups(Grouping.COHORT);
        assertThat(cohorts).extracting(GroupStatistics::label)
                .containsExactly("Child missing education", "Looked-after child");
        assertThat(cohorts.get(1).children()).isEqualTo(2);
        assertThat(cohorts.get(1).sessions().counts().attended()).isEqualTo(13);
        assertThat(cohorts.get(1).severelyAbsent()).isEqualTo(1);

        List<GroupStatistics> borough = calculator.groups(Grouping.BOROUGH);
        assertThat(borough).extracting(GroupStatistics::label).containsExactly("In borough", "Out of borough");
        assertThat(borough.get(1).children()).isEqualTo(2);
        assertThat(borough.get(1).sessions().counts().possible()).isEqualTo(20);
        assertThat(borough.get(1).persistentlyAbsent()).isEqualTo(1);
        assertThat(borough.get(1).severelyAbsent()).isEqualTo(1);
        int allPossible = borough.stream().mapToInt(g -> g.sessions().counts().possible()).sum();
        assertThat(allPossible).as("every grouping adds up to the children").isEqualTo(30);
    }

    @Test
    void aChildWhoMovedSchoolIsGroupedUnderTheLatestSchoolWithAllTheirSessions() {
        placements.add(placement(amy, "Amy", OAKS, MONDAY, MONDAY.plusDays(1), Cohort.LAC, true));
        placed(amy, "Amy", ELMS, MONDAY.plusDays(2));
        week(amy, "/", "\\", "/", "\\", "/", "\\", "/", "\\", "/", "\\");

        StatisticsCalculator calculator = calculator(WEEK, TODAY, WEEKDAYS);
        assertThat(calculator.children().getFirst().schoolName()).isEqualTo("Elms School");
        assertThat(calculator.groups(Grouping.SCHOOL)).singleElement()
                .satisfies(g -> assertThat(g.sessions().counts().possible()).isEqualTo(10));
    }

    @Test
    void weeksRunMondayToSundayAndEveryWeekTouchingTheRangeIsThere() {
        placed(amy, "Amy", OAKS, MONDAY);
        placed(ben, "Ben", OAKS, MONDAY);
        week(amy, "/", "\\", "/", "\\", "/", "\\", "/", "\\", "/", "\\");
        week(ben, "/", "\\", "/", "\\", "/", "\\", "/", "\\", "I", "I");
        mark(amy, MONDAY.plusWeeks(1), Session.AM, "/");
        mark(amy, MONDAY.plusWeeks(1), Session.PM, "O");

        // Thursday 5 to Tuesday 10 November: two weeks, each counting only its days inside the range.
        DateRange range = DateRange.of(MONDAY.plusDays(3), MONDAY.plusDays(8));
        List<WeekStatistics> weeks = calculator(range, TODAY, WEEKDAYS).weekly();
        assertThat(weeks).extracting(WeekStatistics::weekStarting).containsExactly(MONDAY, MONDAY.plusWeeks(1));
        assertThat(weeks.get(0).sessions().counts().possible()).as("Thu-Fri, two children").isEqualTo(8);
        assertThat(weeks.get(0).sessions().counts().attended()).isEqualTo(6);
        assertThat(weeks.get(1).sessions().counts().possible()).isEqualTo(2);
        assertThat(weeks.get(1).sessions().unrecorded()).as("Ben Mon+Tue, Amy Tue").isEqualTo(6);
        assertThat(weeks.get(1).sessions().missedByCode()).isEqualTo(Map.of("O", 1));
    }

    @Test
    void theCalendarShowsMarksClosuresUnmarkedAndNotOnRollSessionsAndLeavesWeekendsOut() {
        placed(amy, "Amy", OAKS, MONDAY.plusDays(1));
        OpenDays closedFriday = (school, day) -> day.equals(FRIDAY) ? OpenSessions.NONE : WEEKDAYS.open(school, day);
        mark(amy, MONDAY.plusDays(1), Session.AM, "/");
        mark(amy, MONDAY.plusDays(1), Session.PM, "I");

        List<SessionCell> cells = calculator(DateRange.of(MONDAY, MONDAY.plusDays(6)), MONDAY.plusDays(2),
                closedFriday).calendar(amy);
        assertThat(cells).hasSize(10).allSatisfy(c -> assertThat(c.day().getDayOfWeek().getValue()).isLessThan(6));
        assertThat(cells.get(0).state()).isEqualTo(SessionCell.State.NOT_ON_ROLL);
        assertThat(cells.get(2)).satisfies(c -> {
            assertThat(c.state()).isEqualTo(SessionCell.State.MARKED);
            assertThat(c.code()).isEqualTo("/");
            assertThat(c.label()).isEqualTo("code /");
        });
        assertThat(cells.get(3).category()).isEqualTo(CodeCategory.AUTHORISED_ABSENCE);
        assertThat(cells.get(4).state()).isEqualTo(SessionCell.State.NOT_YET_MARKED);
        assertThat(cells.get(8).state()).isEqualTo(SessionCell.State.CLOSED);
        assertThat(cells.get(8).label()).isEqualTo("School closed");
        assertThat(Set.copyOf(cells.stream().map(SessionCell::session).toList())).hasSize(2);
    }

    private SessionFigures figuresWith(int attended, int absent) {
        ChildId child = child();
        placements.clear();
        marks.clear();
        placed(child, "Dee", OAKS, MONDAY);
        LocalDate day = MONDAY;
        for (int i = 0; i < attended + absent; i++) {
            mark(child, day, i % 2 == 0 ? Session.AM : Session.PM, i < attended ? "/" : "O");
            day = i % 2 == 1 ? day.plusDays(1) : day;
        }
        return calculator(DateRange.of(MONDAY, day), day, (s, d) -> OpenSessions.BOTH).children().getFirst()
                .sessions();
    }

    private SessionFigures only() {
        return calculator(WEEK, TODAY, WEEKDAYS).children().getFirst().sessions();
    }

    private StatisticsCalculator calculator(DateRange range, LocalDate today, OpenDays open) {
        return new StatisticsCalculator(placements, folded(), open, range, today);
    }

    private void placed(ChildId child, String name, ProvisionId school, LocalDate from) {
        placed(child, name, school, from, Cohort.LAC, true);
    }

    private void placed(ChildId child, String name, ProvisionId school, LocalDate from, Cohort cohort,
                        boolean inBorough) {
        placements.add(placement(child, name, school, from, null, cohort, inBorough));
    }

    private static OnRollPlacement placement(ChildId child, String name, ProvisionId school, LocalDate from,
                                             LocalDate to, Cohort cohort, boolean inBorough) {
        return new OnRollPlacement(child, name, "Pupil", null, cohort, inBorough, school,
                school.equals(OAKS) ? "Oaks School" : "Elms School", Nation.ENGLAND, from, to);
    }

    /** Monday AM, Monday PM, … Friday PM; null leaves the session unmarked. */
    private void week(ChildId child, String... codes) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != null) {
                mark(child, MONDAY.plusDays(i / 2), i % 2 == 0 ? Session.AM : Session.PM, codes[i]);
            }
        }
    }

    private void mark(ChildId child, LocalDate day, Session session, String code) {
        marks.add(new Marked(child, day, session, code));
    }

    private record Marked(ChildId child, LocalDate day, Session session, String code) {
    }

    /** The marks as the database folds them: by child, week and code. */
    private List<WeekMarks> folded() {
        Map<List<Object>, Integer> weeks = new LinkedHashMap<>();
        for (Marked m : marks) {
            weeks.merge(List.of(m.child(), StatisticsCalculator.monday(m.day()), m.code()),
                    WeekMarks.bit(m.day(), m.session()), (a, b) -> a | b);
        }
        return weeks.entrySet().stream().map(e -> {
            String code = (String) e.getKey().get(2);
            return new WeekMarks((ChildId) e.getKey().get(0), (LocalDate) e.getKey().get(1), code, CODES.get(code),
                    "code " + code, e.getValue());
        }).toList();
    }

    private static ChildId child() {
        return new ChildId(UUID.randomUUID());
    }
}
