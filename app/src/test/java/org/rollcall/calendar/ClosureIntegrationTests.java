package org.rollcall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
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
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Closures over real HTTP with the real attendance module: a closure marks its school-day sessions # for every child
 * expected at the provision (existing marks kept), withdrawing it withdraws those marks (kept in history), and every
 * bad request is refused with nothing stored. Dates are fixed (the 2026-27 school year of Closure Borough).
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class ClosureIntegrationTests {

    private static final LocalDate SNOW = LocalDate.of(2027, 2, 3);
    private static final Duration MARKED = Duration.ofSeconds(30);

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired SchoolCalendar calendar;
    @Autowired CalendarAdmin calendarAdmin;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Clock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @LocalServerPort int port;

    private AdminApi admin;
    private AuthorityId authority;
    private ProvisionId school;
    private final Map<ChildId, String> names = new HashMap<>();
    private ChildId ada;
    private ChildId ben;
    private UUID snowClosure;

    @BeforeAll
    void aSchoolWithTermDatesAndChildren() {
        accounts.createUser("closure-admin", "Closure Admin", "closure-admin-password", Role.ADMIN, null);
        accounts.createUser("closure-operator", "Closure Operator", "closure-operator-password", Role.OPERATOR, null);
        admin = AdminApi.as(port, "closure-admin", "closure-admin-password");
        authority = directory.createAuthority("Closure Borough", Nation.ENGLAND, "745");
        accounts.createUser("closure-authority", "Closure Authority", "closure-authority-password", Role.AUTHORITY,
                authority);
        assertThat(admin.post("/api/v1/admin/term-dates", "text/csv", """
                la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on
                745,Autumn 2026,2026-09-03,2026-12-18,2026-10-26,2026-10-30
                745,Spring 2027,2027-01-05,2027-03-26,2027-02-15,2027-02-19
                """).status()).isEqualTo(200);
        school = school("Closure Primary", "01632 960745");
        ProvisionId other = school("Open Academy", "01632 960746");
        LocalDate september = LocalDate.of(2026, 9, 1);
        ada = child("Ada", school, PlacementKind.ON_ROLL, september);
        ben = child("Ben", school, PlacementKind.ON_ROLL, september);
        child("Cal", school, PlacementKind.ALTERNATIVE, september);
        ChildId dee = child("Dee", school, PlacementKind.ON_ROLL, september);
        directory.endPlacement(dee, school, LocalDate.of(2027, 1, 29));
        child("Eve", other, PlacementKind.ON_ROLL, september);
        attendance.record(new RecordMark(ben, school, SNOW, Session.AM, "I", "Illness, carer rang", null, null,
                "closure-operator"));
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    @Test
    @Order(1)
    void aClosureMarksEverySessionOfItsSchoolDaysForEveryExpectedChildAndKeepsCurrentMarks() {
        AdminApi.Answer recorded = admin.post("/api/v1/admin/closures", "application/json", closure(SNOW,
                SNOW.plusDays(2), "BOTH", "SEVERE_WEATHER", "Snow"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode body = recorded.json();
        snowClosure = UUID.fromString(body.path("id").stringValue());
        assertThat(recorded.response().headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/admin/closures/" + snowClosure));
        assertThat(body.path("provision").stringValue()).isEqualTo("Closure Primary");
        assertThat(body.path("sessionsLabel").stringValue()).isEqualTo("whole day (AM and PM)");
        assertThat(body.path("reasonLabel").stringValue()).isEqualTo("Severe weather");
        assertThat(body.path("recordedBy").stringValue()).isEqualTo("closure-admin");
        assertThat(body.path("withdrawn").booleanValue()).isFalse();
        assertThat(body.path("schoolDays")).extracting(JsonNode::stringValue)
                .containsExactly("2027-02-03", "2027-02-04", "2027-02-05");

        await().atMost(MARKED).untilAsserted(() -> {
            assertThat(marks(SNOW)).isEqualTo(Map.of("Ada AM", "#", "Ada PM", "#", "Ben AM", "I", "Ben PM", "#",
                    "Cal AM", "#", "Cal PM", "#"));
            assertThat(marks(SNOW.plusDays(2))).hasSize(6).containsOnlyKeys("Ada AM", "Ada PM", "Ben AM", "Ben PM",
                    "Cal AM", "Cal PM").allSatisfy((k, code) -> assertThat(code).isEqualTo("#"));
        });
        Mark hash = attendance.currentMarks(authority, SNOW).stream().filter(m -> m.childId().equals(ada))
                .findFirst().orElseThrow();
        assertThat(hash.reason()).isEqualTo("Closed: Severe weather (Snow)");
        assertThat(hash.recordedBy()).isEqualTo("closure-admin");
        assertThat(calendar.open(school, SNOW)).isEqualTo(OpenSessions.NONE);
        assertThat(calendar.open(school, SNOW.minusDays(1))).isEqualTo(OpenSessions.BOTH);
    }

    @Test
    @Order(2)
    void aMorningClosureMarksTheMorningOnly() {
        LocalDate inset = LocalDate.of(2027, 2, 8);
        assertThat(admin.post("/api/v1/admin/closures", "application/json", closure(inset, inset, "am",
                "INSET_DAY", null)).status()).isEqualTo(201);
        await().atMost(MARKED).untilAsserted(() -> assertThat(marks(inset))
                .isEqualTo(Map.of("Ada AM", "#", "Ben AM", "#", "Cal AM", "#")));
        assertThat(calendar.open(school, inset)).isEqualTo(OpenSessions.PM_ONLY);
        assertThat(calendar.possibleSessions(school, inset, inset)).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aClosureOverAHalfTermAndAWeekendClosesOnlyItsSchoolDays() {
        AdminApi.Answer recorded = admin.post("/api/v1/admin/closures", "application/json",
                closure(LocalDate.of(2027, 2, 12), LocalDate.of(2027, 2, 22), "BOTH", "OTHER", "Building works"));
        assertThat(recorded.json().path("schoolDays")).extracting(JsonNode::stringValue)
                .containsExactly("2027-02-12", "2027-02-22");
        await().atMost(MARKED).untilAsserted(() -> {
            assertThat(marks(LocalDate.of(2027, 2, 12))).hasSize(6);
            assertThat(marks(LocalDate.of(2027, 2, 22))).hasSize(6);
        });
        assertThat(marks(LocalDate.of(2027, 2, 15))).as("half-term").isEmpty();
        assertThat(calendar.nextSchoolDay(school, LocalDate.of(2027, 2, 12))).contains(LocalDate.of(2027, 2, 23));
    }

    @Test
    @Order(4)
    void withdrawingAClosureWithdrawsItsMarksKeepsThemInHistoryAndLeavesOtherMarks() {
        // An operator's correction after the # mark stands whatever happens to the closure.
        attendance.record(new RecordMark(ada, school, SNOW.plusDays(1), Session.AM, "/", null, null, null,
                "closure-operator"));

        AdminApi.Answer withdrawn = admin.delete("/api/v1/admin/closures/" + snowClosure);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("withdrawn").booleanValue()).isTrue();
        assertThat(withdrawn.json().path("withdrawnBy").stringValue()).isEqualTo("closure-admin");

        await().atMost(MARKED).untilAsserted(() -> {
            assertThat(marks(SNOW)).isEqualTo(Map.of("Ben AM", "I"));
            assertThat(marks(SNOW.plusDays(1))).isEqualTo(Map.of("Ada AM", "/"));
            assertThat(marks(SNOW.plusDays(2))).isEmpty();
        });
        assertThat(attendance.history(ada, SNOW, Session.AM)).extracting(Mark::code).containsExactly("#");
        assertThat(attendance.history(ada, SNOW.plusDays(1), Session.AM)).extracting(Mark::code)
                .containsExactly("#", "/");
        assertThat(calendar.open(school, SNOW)).isEqualTo(OpenSessions.BOTH);
        org.rollcall.support.MarkWeeksCheck.assertFolded(jdbc, authority);

        AdminApi.Answer again = admin.delete("/api/v1/admin/closures/" + snowClosure);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("withdrawnAt")).isEqualTo(withdrawn.json().path("withdrawnAt"));
    }

    @Test
    @Order(5)
    void sessionsStillClosedByAnotherClosurePassToItWhenOneIsWithdrawn() {
        LocalDate first = LocalDate.of(2027, 3, 1);
        LocalDate second = first.plusDays(1);
        UUID boiler = UUID.fromString(admin.post("/api/v1/admin/closures", "application/json",
                closure(first, second, "BOTH", "OTHER", "Boiler")).json().path("id").stringValue());
        await().atMost(MARKED).untilAsserted(() -> assertThat(marks(second)).hasSize(6));
        assertThat(admin.post("/api/v1/admin/closures", "application/json",
                closure(second, second, "PM", "INSET_DAY", null)).status()).isEqualTo(201);

        admin.delete("/api/v1/admin/closures/" + boiler);

        await().atMost(MARKED).untilAsserted(() -> {
            assertThat(marks(first)).isEmpty();
            assertThat(marks(second)).isEqualTo(Map.of("Ada PM", "#", "Ben PM", "#", "Cal PM", "#"));
        });
        assertThat(attendance.history(ada, second, Session.PM)).extracting(Mark::reason)
                .containsExactly("Closed: Other (Boiler)", "Closed: INSET day");
        assertThat(admin.get("/api/v1/admin/provisions/" + school.value() + "/closures").json())
                .extracting(c -> c.path("from").stringValue() + " " + c.path("reasonLabel").stringValue() + " "
                        + (c.path("withdrawn").booleanValue() ? "withdrawn" : "live"))
                .containsExactly("2027-03-02 INSET day live", "2027-03-01 Other withdrawn",
                        "2027-02-12 Other live", "2027-02-08 INSET day live", "2027-02-03 Severe weather withdrawn");
    }

    @Test
    @Order(6)
    void badClosuresAreRefusedSayingWhyAndNothingIsStored() {
        int closures = admin.get("/api/v1/admin/provisions/" + school.value() + "/closures").json().size();
        UUID nowhere = UUID.randomUUID();

        AdminApi.Answer unknown = post(closure(nowhere, SNOW, SNOW, "BOTH", "OTHER", null));
        assertThat(unknown.json().path("detail").stringValue())
                .isEqualTo("no provision with id " + nowhere + ": give the id of a provision set up in Rollcall");
        assertThat(post(closure(SNOW, SNOW.minusDays(2), "BOTH", "OTHER", null)).json().path("detail")
                .stringValue()).isEqualTo("the closure's last day 2027-02-01 is before its first day 2027-02-03: give "
                + "a last day on or after the first (the same day for a one-day closure)");
        assertThat(post(closure(SNOW, SNOW, "EVENING", "OTHER", null)).problems())
                .containsExactly("sessions 'EVENING' is not valid: use AM, PM or BOTH (the whole day)");
        assertThat(post("{\"provisionId\": \"nope\", \"from\": \"03/02/2027\", \"sessions\": \"EVENING\", "
                + "\"reason\": \"strike\"}").problems()).containsExactly(
                "'nope' is not a provision id: expected a UUID such as 3f2b8c9e-4d1a-4c2b-9f3e-2a1b0c9d8e7f",
                "from '03/02/2027' is not a date: use YYYY-MM-DD, for example 2027-02-03",
                "to is required: give a date as YYYY-MM-DD, for example 2027-02-03",
                "sessions 'EVENING' is not valid: use AM, PM or BOTH (the whole day)",
                "reason 'strike' is not valid: use one of INSET_DAY (INSET day), SEVERE_WEATHER (Severe weather), "
                        + "OTHER (Other)");

        AdminApi.Answer christmas = post(closure(LocalDate.of(2026, 12, 19), LocalDate.of(2026, 12, 28), "BOTH",
                "OTHER", null));
        assertThat(christmas.json().path("detail").stringValue()).startsWith("the closure from 2026-12-19 to "
                + "2026-12-28 covers no school day of Closure Primary, so there is nothing to close");
        assertThat(christmas.problems()).hasSize(10).contains("2026-12-19 (Saturday): weekend",
                "2026-12-21 (Monday): outside term: a school holiday in the local authority's term dates",
                "2026-12-25 (Friday): bank holiday: Christmas Day", "2026-12-28 (Monday): bank holiday: Boxing Day");
        assertThat(post(closure(LocalDate.of(2027, 2, 16), LocalDate.of(2027, 2, 16), "AM", "INSET_DAY", null))
                .problems()).containsExactly("2027-02-16 (Tuesday): half-term of Spring 2027");

        assertThat(admin.get("/api/v1/admin/provisions/" + school.value() + "/closures").json().size())
                .as("nothing stored").isEqualTo(closures);
        assertThat(marks(LocalDate.of(2026, 12, 21))).isEmpty();
    }

    @Test
    @Order(7)
    void unknownClosuresAndProvisionsAreNotFound() {
        assertThat(admin.get("/api/v1/admin/provisions/" + UUID.randomUUID() + "/closures").status()).isEqualTo(404);
        AdminApi.Answer gone = admin.delete("/api/v1/admin/closures/" + UUID.randomUUID());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().path("detail").stringValue()).startsWith("no closure with id");
        assertThat(admin.delete("/api/v1/admin/closures/nope").json().path("detail").stringValue())
                .startsWith("'nope' is not a closure id");
        assertThat(admin.get("/api/v1/admin/closures/" + snowClosure).json().path("withdrawn").booleanValue())
                .isTrue();
    }

    @Test
    @Order(8)
    void operatorsRecordClosuresThroughTheServiceUnderTheirOwnNameAndAuthorityUsersMayNot() {
        LocalDate day = LocalDate.of(2027, 3, 10);
        NewClosure closure = new NewClosure(school, day, day, ClosedSessions.BOTH, ClosureReason.SEVERE_WEATHER,
                "Heard on the 09:15 call");
        SignIn.as(users, contexts, "closure-authority");
        assertThatThrownBy(() -> calendarAdmin.recordClosure(closure, "closure-authority"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, contexts, "closure-operator");
        Closure recorded = calendarAdmin.recordClosure(closure, "Closure Operator");
        assertThat(recorded.recordedBy()).isEqualTo("Closure Operator");
        await().atMost(MARKED).untilAsserted(() -> assertThat(marks(day)).hasSize(6));
    }

    private AdminApi.Answer post(String json) {
        AdminApi.Answer answer = admin.post("/api/v1/admin/closures", "application/json", json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer;
    }

    private String closure(LocalDate from, LocalDate to, String sessions, String reason, String note) {
        return closure(school.value(), from, to, sessions, reason, note);
    }

    private static String closure(UUID provision, LocalDate from, LocalDate to, String sessions, String reason,
                                  String note) {
        return "{\"provisionId\": \"" + provision + "\", \"from\": \"" + from + "\", \"to\": \"" + to + "\", "
                + "\"sessions\": \"" + sessions + "\", \"reason\": \"" + reason + "\""
                + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}";
    }

    /** Current marks of the school's children on a day, as "Name SESSION" to code. */
    private Map<String, String> marks(LocalDate day) {
        Map<String, String> marks = new TreeMap<>();
        for (Mark m : attendance.currentMarks(authority, day)) {
            if (m.provisionId().equals(school)) {
                marks.put(names.get(m.childId()) + " " + m.session(), m.code());
            }
        }
        return marks;
    }

    private ProvisionId school(String name, String phone) {
        // Called weekly on a weekday other than today's, so no robot operator marks these children meanwhile.
        int notToday = LocalDate.now(clock).getDayOfWeek().getValue() % 5 + 1;
        return directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM, Nation.ENGLAND,
                UkPhoneNumber.parse(phone), "Mr Closure", null, Frequency.WEEKLY, notToday,
                List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30))), authority,
                "not called on the test's day"));
    }

    private ChildId child(String name, ProvisionId provision, PlacementKind kind, LocalDate from) {
        ChildId child = directory.createChild(new NewChild(authority, null, name, "Closure", LocalDate.of(2016, 3, 1),
                4, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, provision, kind, from);
        names.put(child, name);
        return child;
    }
}
