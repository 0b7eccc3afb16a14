package org.rollcall.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
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
import org.rollcall.statistics.AttendanceStatistics;
import org.rollcall.statistics.ChildStatistics;
import org.rollcall.statistics.GroupStatistics;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * The statistics screen, server-side: an authority user sees their own authority's children and groups over the
 * school year to date, never another authority's; a refused range is said on screen; a child's calendar opens.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsViewIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired AttendanceStatistics statistics;
    @Autowired Clock clock;

    private LocalDate today;
    private LocalDate monday;
    private ChildId ivy;

    @BeforeAll
    void twoAuthorities() {
        today = LocalDate.now(clock);
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        AuthorityId a = directory.createAuthority("Statview Borough", Nation.ENGLAND, "327");
        AuthorityId b = directory.createAuthority("Elsewhere Council", Nation.ENGLAND, "328");
        accounts.createUser("statview-a", "Virtual School head A", "statview-password-1", Role.AUTHORITY, a);
        accounts.createUser("statview-b", "Virtual School head B", "statview-password-2", Role.AUTHORITY, b);
        ProvisionId larch = school("Larch Primary");
        ProvisionId rowan = school("Rowan Academy");
        ivy = child(a, larch, "Ivy", Cohort.LAC);
        ChildId jay = child(a, rowan, "Jay", Cohort.CME);
        ChildId kit = child(b, rowan, "Kit", Cohort.LAC);
        week(ivy, larch, "/", "\\", "/", "I", "/", "\\", "/", "\\", "/", "\\"); // 90.0%: not flagged
        week(jay, rowan, "/", "O", "O", "O", "/", "O", "G", "G", "/", "\\");    // 40%: severe
        week(kit, rowan, "/", "\\", "/", "\\", "/", "\\", "/", "\\", "/", "\\");
        // Jay is marked this morning, so the extranet's "Today's attendance" lists him and opens his record.
        attendance.record(new RecordMark(jay, rowan, today, Session.AM, "/", null, null, null, "tester"));
    }

    @Test
    void anAuthorityUserSeesTheirChildrenOverTheSchoolYearToDate() {
        StatisticsView view = as("statview-a");
        assertThat(view.from.getValue()).isEqualTo(statistics.schoolYearToDate(today).from());
        assertThat(view.to.getValue()).isEqualTo(today);
        assertThat(view.heading.getText()).isEqualTo("Attendance statistics · Statview Borough · 1 September 2026 "
                + "to 2 December 2026");
        assertThat(children(view)).extracting(ChildStatistics::childName).containsExactly("Ivy Stat", "Jay Stat");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Kit", "Elsewhere");
        assertThat(view.summary.getText()).isEqualTo("2 of 2 children shown; 1 persistently or severely absent");

        view.flaggedOnly.setValue(true);
        assertThat(children(view)).extracting(ChildStatistics::childName).containsExactly("Jay Stat");
        assertThat(Figures.missed(children(view).getFirst().sessions(), CodeDescriptions.of(attendance)))
                .isEqualTo("Other or unknown reason (O) 4 · Holiday not granted by the school (G) 2");
        assertThat(Figures.flag(children(view).getFirst().sessions())).isEqualTo("Severe absence (below 50%)");

        view.show.setValue("School");
        assertThat(view.children.isVisible()).isFalse();
        assertThat(view.flaggedOnly.isEnabled()).isFalse();
        List<GroupStatistics> schools = view.groups.getGenericDataView().getItems().toList();
        assertThat(schools).extracting(GroupStatistics::label).containsExactly("Larch Primary", "Rowan Academy");
        assertThat(schools.get(1).children()).as("only A's child at the shared school").isEqualTo(1);
        assertThat(schools.get(1).severelyAbsent()).isEqualTo(1);
        assertThat(view.groups.getColumnByKey("group").getHeaderText()).isEqualTo("School");
        assertThat(view.getPageTitle()).isEqualTo("Statview Borough · Attendance statistics");
    }

    @Test
    void anotherAuthoritysUserSeesNothingOfTheFirst() {
        StatisticsView view = as("statview-b");
        assertThat(children(view)).extracting(ChildStatistics::childName).containsExactly("Kit Stat");
        view.show.setValue("Cohort");
        assertThat(view.groups.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(g -> assertThat(g.children()).isEqualTo(1));
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Ivy", "Jay", "Statview", "Larch");
    }

    @Test
    void aRangeTooFarBackOrEndingBeforeItStartsIsRefusedOnScreen() {
        StatisticsView view = as("statview-a");
        view.from.setValue(today.minusYears(3).minusDays(1));
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("Statistics go back 3 years: choose a first day on or after "
                + "2 December 2023");
        assertThat(children(view)).isEmpty();
        assertThat(view.heading.getText()).isEqualTo("Attendance statistics · Statview Borough");

        view.from.setValue(today);
        view.to.setValue(today.minusDays(1));
        assertThat(view.problem.getText()).isEqualTo("The last day (1 December 2026) is before the first "
                + "(2 December 2026): choose a last day on or after the first");

        view.to.setValue(today);
        assertThat(view.problem.isVisible()).isFalse();
    }

    @Test
    void aChildsCalendarOpensWithTheirMarksInWords() {
        StatisticsView view = as("statview-a");
        test(view.children).clickRow(0);
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Ivy Stat · Larch Primary");
        ChildAttendanceSection section = $(ChildAttendanceSection.class).single();
        assertThat(section.figures.getText()).isEqualTo("1 September 2026 to 2 December 2026: attendance 90.0% · "
                + "10 possible sessions, 9 attended, 1 authorised absence, 0 unauthorised absences, 6 not yet marked · "
                + "absence flag: None");
        // The calendar opens on this month; last week is in November.
        section.calendar.month.setValue(java.time.YearMonth.from(monday));
        assertThat(section.calendar.shownFor(monday.plusDays(1))).isEqualTo("AM / Present (AM) | PM I Illness");
        assertThat(section.calendar.shownFor(monday.minusDays(7)))
                .as("before the placement").isEqualTo("AM and PM Not placed at a school Rollcall calls");
        section.calendar.next.click();
        assertThat(section.calendar.shownFor(today)).isEqualTo("AM and PM Not yet marked");
        assertThat(section.calendar.next.isEnabled()).as("no month after this one").isFalse();
    }

    @Test
    void theExtranetChildRecordHasTheChildsYearAndCalendar() {
        SignIn.as(users, contexts, "statview-a");
        navigate(org.rollcall.extranet.ui.ExtranetView.class);
        @SuppressWarnings("unchecked")
        Grid<org.rollcall.extranet.AttendanceRow> today = $(Grid.class).withId("attendance-grid").single();
        List<String> names = today.getGenericDataView().getItems().map(org.rollcall.extranet.AttendanceRow::childName)
                .toList();
        test(today).clickRow(names.indexOf("Jay Stat"));
        ChildAttendanceSection section = $(ChildAttendanceSection.class).single();
        assertThat(section.figures.getText()).startsWith("1 September 2026 to 2 December 2026: attendance 45.5% · "
                + "11 possible sessions, 5 attended").endsWith("absence flag: Severe absence (below 50%)");
        assertThat(section.calendar.shownFor(this.today)).isEqualTo("AM / Present (AM) | PM Not yet marked");
    }

    @Test
    void theMenuOffersTheScreenToAuthorityUsers() {
        as("statview-a");
        assertThat($(SideNavItem.class).all().stream().map(SideNavItem::getLabel)).contains("Attendance statistics");
    }

    private StatisticsView as(String user) {
        SignIn.as(users, contexts, user);
        return navigate(StatisticsView.class);
    }

    private static List<ChildStatistics> children(StatisticsView view) {
        return view.children.getGenericDataView().getItems().toList();
    }

    private void week(ChildId child, ProvisionId school, String... codes) {
        List<RecordMark> marks = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            String code = codes[i];
            String reason = List.of("/", "\\").contains(code) ? null : "told by the school";
            marks.add(new RecordMark(child, school, monday.plusDays(i / 2), i % 2 == 0 ? Session.AM : Session.PM,
                    code, reason, null, null, "tester"));
        }
        attendance.recordAll(marks);
    }

    private ProvisionId school(String name) {
        // Called weekly on another weekday, so no call for it comes due during the test.
        int otherDay = today.getDayOfWeek().getValue() % 5 + 1;
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse("01632 960997"), "Mr View", null, Frequency.WEEKLY, otherDay,
                List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30))), null,
                "not called on the test's day"));
    }

    private ChildId child(AuthorityId authority, ProvisionId school, String name, Cohort cohort) {
        ChildId id = directory.createChild(new NewChild(authority, null, name, "Stat", monday.minusYears(9), 4,
                cohort, true, SenStatus.NONE));
        directory.place(id, school, PlacementKind.ON_ROLL, monday);
        return id;
    }
}
