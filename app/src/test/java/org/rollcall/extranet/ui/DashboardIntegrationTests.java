package org.rollcall.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
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
import org.rollcall.enrolment.Enrolment;
import org.rollcall.enrolment.NotOnRollSource;
import org.rollcall.extranet.DashboardQueries;
import org.rollcall.extranet.DayDashboard;
import org.rollcall.extranet.DayDashboard.ChildLine;
import org.rollcall.support.Push;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * The day dashboard over a seeded day: two schools of one authority (one still to call, one whose window closed
 * unreached), marks, an exclusion and a child not on roll; a second authority sharing the school whose children and
 * figures never show. Browserless, on the real stack.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Enrolment enrolment;
    @Autowired DashboardQueries dashboard;
    @Autowired AuditLog audit;
    @Autowired Clock clock;

    private LocalDate today;
    private ProvisionId later;
    private AuthorityId a;

    @BeforeAll
    void aSeededDay() {
        today = LocalDate.now(clock);
        a = directory.createAuthority("Dashboard Borough", Nation.ENGLAND, "631");
        AuthorityId b = directory.createAuthority("Elsewhere Shire", Nation.ENGLAND, "632");
        accounts.createUser("dash-a", "Virtual School head A", "authority-password-1", Role.AUTHORITY, a);
        accounts.createUser("dash-b", "Virtual School head B", "authority-password-1", Role.AUTHORITY, b);
        accounts.createUser("dash-admin", "Admin", "admin-password-12", Role.ADMIN, null);
        // The afternoon call is still to come at the test clock's 10:30; the other school's window closed at 09:30.
        later = school("Later Primary", "01632 960631", LocalTime.of(13, 30), LocalTime.of(14, 0));
        ProvisionId closed = school("Early Window Academy", "01632 960632", LocalTime.of(9, 0), LocalTime.of(9, 30));
        ChildId ill = child(a, "Ann", "Ill", later);
        ChildId present = child(a, "Ben", "Present", later);
        child(a, "Cal", "Uncalled", later);
        ChildId excluded = child(a, "Eve", "Excluded", later);
        child(a, "Dee", "Unreached", closed);
        ChildId left = child(a, "Fay", "Left", later);
        ChildId theirs = child(b, "Zed", "Theirs", later);

        mark(ill, today, Session.AM, "I", "Flu");
        mark(ill, today, Session.PM, "I", "Flu");
        mark(present, today, Session.AM, "/", null);
        mark(excluded, today, Session.AM, "E", "Suspended for two days");
        mark(theirs, today, Session.AM, "O", "Refused to come in");
        mark(ill, today.minusDays(1), Session.AM, "M", "Dentist");
        SignIn.as(users, contexts, "dash-admin");
        enrolment.notOnRoll(left, later, today.minusDays(1), NotOnRollSource.ADMIN, "dash-admin",
                "moved out of the area");
    }

    @Test
    @Order(1)
    void theSeededDaysFiguresEachWithItsListInWords() {
        SignIn.as(users, contexts, "dash-a");
        // The exclusion's follow-up and the missed call come from listeners and the dialler: wait for them.
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            DayDashboard d = dashboard.day(today);
            return d.exclusions().size() == 1 && d.schoolNotReached().size() == 1;
        });
        DashboardView view = navigate(DashboardView.class);
        DayDashboard d = view.shown();

        assertThat(view.heading.getText()).isEqualTo("Dashboard Borough · " + org.rollcall.platform.ui.HumanDates
                .day(today));
        assertThat(names(d.expected())).containsExactly("Eve Excluded", "Ann Ill", "Ben Present", "Cal Uncalled",
                "Dee Unreached"); // by last name
        assertThat(names(d.reached())).containsExactly("Eve Excluded", "Ann Ill", "Ben Present");
        assertThat(d.notYetCalled()).singleElement().satisfies(c -> {
            assertThat(c.child()).isEqualTo("Cal Uncalled");
            assertThat(c.school()).isEqualTo("Later Primary");
            assertThat(c.callWindow()).isEqualTo("13:30–14:00");
        });
        assertThat(d.schoolNotReached()).singleElement().satisfies(c -> {
            assertThat(c.child()).isEqualTo("Dee Unreached");
            assertThat(c.callWindow()).isEqualTo("09:00–09:30");
            assertThat(c.note()).contains("window closed");
        });
        assertThat(d.absences()).extracting(l -> l.child() + " " + l.session() + " " + l.code() + " " + l.category())
                .containsExactlyInAnyOrder("Ann Ill Morning I Authorised absence",
                        "Ann Ill Afternoon I Authorised absence", "Eve Excluded Morning E Authorised absence");
        assertThat(d.absencesByReason()).extracting(c -> c.code() + " " + c.sessions()).containsExactly("I 2", "E 1");
        assertThat(d.absencesByReason().getFirst().label()).startsWith("I – ").doesNotContain("AUTHORISED");
        assertThat(d.absencesByCategory()).extracting(c -> c.label() + " " + c.sessions())
                .containsExactly("Authorised absence 3");
        assertThat(d.exclusions()).singleElement().satisfies(e -> {
            assertThat(e.child()).isEqualTo("Eve Excluded");
            assertThat(e.letter()).isNotBlank().doesNotContain("_");
        });
        assertThat(d.followUpsInProgress()).extracting(DayDashboard.FollowUpLine::child).contains("Eve Excluded");
        assertThat(d.notOnRoll()).extracting(n -> n.childName()).containsExactly("Fay Left");

        // The screen: each figure's heading carries its count; the reasons chart and its table agree.
        assertThat(view.summary.getText()).startsWith("5 expected, 3 reached, 1 not yet called, 1 whose school");
        assertThat(figure(view, "expected")).isEqualTo("Children expected: 5");
        assertThat(figure(view, "school-not-reached")).isEqualTo("School could not be reached: 1");
        assertThat(figure(view, "not-on-roll")).isEqualTo("Children not on roll: 1");
        String svg = view.reasons.picture.getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("Absence reasons, Dashboard Borough");
        assertThat(view.reasons.tableRows()).hasSize(2).allSatisfy(row -> assertThat(svg)
                .contains(row.getFirst().replace("&", "&amp;") + ": " + row.get(1)));
        assertThat(view.reasons.tableRows().getFirst().get(1)).isEqualTo("2 sessions");
        // The school year's weeks (statistics) and reasons: this week 1 of 5 possible sessions attended.
        String monday = "Week of " + java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK)
                .format(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        assertThat(view.weekly.tableRows().getLast()).containsExactly(monday, "20.0%");
        String weeks = view.weekly.picture.getElement().getProperty("innerHTML");
        assertThat(view.weekly.tableRows()).allSatisfy(row -> assertThat(weeks)
                .contains("<title>" + row.getFirst() + ": " + row.get(1) + "</title>"));
        assertThat(view.reasonsThisYear.tableRows()).extracting(List::getFirst)
                .anySatisfy(label -> assertThat(label).startsWith("I – "))
                .anySatisfy(label -> assertThat(label).startsWith("M – "));
        assertThat(audit.count("VIEW_DASHBOARD", "authority", a.toString())).isPositive();
    }

    @Test
    @Order(2)
    void theDatePickerShowsAnotherDayAndRefusesOnesItCannot() {
        SignIn.as(users, contexts, "dash-a");
        DashboardView view = navigate(DashboardView.class);
        view.day.setValue(today.minusDays(1));
        DayDashboard yesterday = view.shown();
        assertThat(yesterday.day()).isEqualTo(today.minusDays(1));
        assertThat(yesterday.today()).isFalse();
        assertThat(yesterday.absences()).extracting(l -> l.child() + " " + l.code()).containsExactly("Ann Ill M");
        assertThat(names(yesterday.expected())).contains("Fay Left"); // still on roll the day before she left
        assertThat(view.heading.getText()).endsWith(org.rollcall.platform.ui.HumanDates.day(today.minusDays(1)));
        assertThat(figure(view, "not-yet-called")).startsWith("Never marked: ");

        view.day.setValue(today.plusDays(1));
        assertThat(view.message.getText()).contains("has not happened yet").contains("pick today");
        assertThat(view.shown().day()).as("the last good day stays shown").isEqualTo(today.minusDays(1));

        view.day.setValue(today.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))); // every school closed
        assertThat(view.note.isVisible()).isTrue();
        assertThat(view.note.getText()).contains("is not a school day for Dashboard Borough");
        assertThat(view.shown().expected()).isEmpty();

        view.day.setValue(today.minusYears(4));
        assertThat(view.message.getText()).contains("further back than the 3 years of history kept");
    }

    @Test
    @Order(3)
    void anotherAuthoritysUserSeesNoneOfTheseChildrenOrFigures() {
        SignIn.as(users, contexts, "dash-b");
        DashboardView view = navigate(DashboardView.class);
        DayDashboard d = view.shown();
        assertThat(d.authorityName()).isEqualTo("Elsewhere Shire");
        assertThat(names(d.expected())).containsExactly("Zed Theirs");
        assertThat(d.absences()).extracting(l -> l.child()).containsExactly("Zed Theirs");
        assertThat(d.absencesByReason()).extracting(c -> c.code()).containsExactly("O");
        assertThat(d.exclusions()).isEmpty();
        assertThat(d.notOnRoll()).isEmpty();
        assertThat(d.schoolNotReached()).isEmpty();
        assertThat(view.reasons.picture.getElement().getProperty("innerHTML")).doesNotContain("Dashboard Borough")
                .doesNotContain("I – ");
        assertThat(view.heading.getText()).startsWith("Elsewhere Shire");
        assertThat(view.weekly.tableRows().getLast().get(1)).isEqualTo("0.0%"); // Zed's O alone, not A's weeks
        assertThat(view.reasonsThisYear.tableRows()).extracting(List::getFirst)
                .allSatisfy(label -> assertThat(label).startsWith("O – "));
    }

    @Test
    @Order(4) // adds a child: after the tests that count the seeded ones
    void todayUpdatesLiveWhenAMarkArrives() {
        SignIn.as(users, contexts, "dash-a");
        DashboardView view = navigate(DashboardView.class);
        int before = view.shown().reached().size();
        ChildId late = child(a, "Gus", "Late", later);
        view.load(); // Gus is expected now, not yet marked
        assertThat(names(view.shown().notYetCalled())).contains("Gus Late");
        mark(late, today, Session.AM, "L", null);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            Push.deliver();
            return view.shown().reached().size() == before + 1;
        });
        assertThat(names(view.shown().reached())).contains("Gus Late");
    }

    private static String figure(DashboardView view, String id) {
        return view.figures.getChildren().filter(c -> c.getId().orElse("").equals("figure-" + id)).findFirst()
                .map(c -> ((com.vaadin.flow.component.details.Details) c).getSummaryText()).orElseThrow();
    }

    private static List<String> names(List<ChildLine> lines) {
        return lines.stream().map(ChildLine::child).toList();
    }

    private void mark(ChildId child, LocalDate day, Session session, String code, String reason) {
        attendance.record(new RecordMark(child, later, day, session, code, reason, null, null, "operator"));
    }

    private ProvisionId school(String name, String phone, LocalTime opens, LocalTime closes) {
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse(phone), "Ms Office", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, opens, closes)), null));
    }

    private ChildId child(AuthorityId authority, String first, String last, ProvisionId school) {
        ChildId id = directory.createChild(new NewChild(authority, null, first, last, today.minusYears(9), 4,
                Cohort.LAC, false, SenStatus.NONE));
        directory.place(id, school, PlacementKind.ON_ROLL, today.minusYears(2));
        return id;
    }
}
