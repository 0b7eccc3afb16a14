package org.rollcall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.MarkRejectedException;
import org.rollcall.attendance.RecordMark;
import org.rollcall.attendance.Session;
import org.rollcall.calendar.CalendarInputException;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * U+0000 and U+202E in a reason (issue 18, item 4): refused with a message naming the character and where it is,
 * over the API as a 400 problem detail and by the value objects the workspace uses, and nothing is stored.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreeTextRefusedIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private AuthorityId authority;
    private ProvisionId school;
    private ChildId child;
    private LocalDate today;

    @BeforeAll
    void aSchoolWithAChildAndAnAdmin() {
        today = LocalDate.now(clock);
        accounts.createUser("admin-text", "Admin", "admin-text-password", Role.ADMIN, null);
        authority = directory.createAuthority("Hygiene Borough", Nation.ENGLAND, "864");
        // Called weekly on another weekday, so no call comes due during the test.
        int otherDay = today.getDayOfWeek().getValue() % 5 + 1;
        school = directory.createProvision(new NewProvision("Hygiene Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960864"), "Mr Clean", null, Frequency.WEEKLY, otherDay,
                List.of(new CallWindow(null, LocalTime.of(13, 30), LocalTime.of(14, 0))), null, "tested weekly"));
        child = directory.createChild(new NewChild(authority, null, "Nell", "Null", today.minusYears(10), 5,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusMonths(1));
    }

    @Test
    void aMarkReasonWithANulIsRefusedNotADatabaseError() {
        assertThatThrownBy(() -> attendance.recordAll(List.of(mark(Session.AM, "ill\u0000ness"))))
                .isInstanceOf(MarkRejectedException.class)
                .hasMessage("Nell Null, AM: the reason contains a control character (U+0000) at character 4: use "
                        + "letters, digits, spaces and punctuation only, on one line");
        assertThat(attendance.currentMarks(authority, today)).isEmpty();
    }

    @Test
    void aMarkReasonWithARightToLeftOverrideIsRefused() {
        assertThatThrownBy(() -> attendance.record(mark(Session.PM, "Sick \u202Egnitimov")))
                .isInstanceOf(MarkRejectedException.class)
                .hasMessageContaining("the reason contains an invisible right-to-left override character (U+202E) "
                        + "at character 6");
        assertThat(attendance.currentMarks(authority, today)).isEmpty();
    }

    @Test
    void aClosureNoteWithEitherIsRefusedByTheValueObject() {
        for (String note : List.of("boiler\u0000", "snow \u202Ewons")) {
            assertThatThrownBy(() -> new NewClosure(school, today, today, ClosedSessions.BOTH,
                    ClosureReason.OTHER, note)).isInstanceOf(CalendarInputException.class)
                    .hasMessageStartingWith("the note contains");
        }
    }

    @Test
    void overTheApiANulInAClosureNoteIsA400ProblemAndNothingIsStored() throws Exception {
        int before = closures();
        String body = "{\"provisionId\": \"" + school.value() + "\", \"from\": \"" + today + "\", \"to\": \"" + today
                + "\", \"sessions\": \"BOTH\", \"reason\": \"OTHER\", \"note\": \"boiler\\u0000failure\"}";

        var answer = send(HttpRequest.newBuilder(url("/api/v1/admin/closures"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(JSON.readTree(answer.body()).path("detail").stringValue()).contains("the note contains a control "
                + "character (U+0000) at character 7");
        assertThat(closures()).isEqualTo(before);
    }

    @Test
    void overTheApiARightToLeftOverrideInAWeeklyReasonIsA400ProblemAndNothingChanges() throws Exception {
        String body = "{\"frequency\": \"WEEKLY\", \"weeklyDay\": \"MONDAY\", \"reason\": \"head \\u202Estcejbo\"}";

        var answer = send(HttpRequest.newBuilder(url("/api/v1/admin/provisions/" + school.value()
                + "/call-frequency")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("detail").stringValue()).contains("the reason contains an "
                + "invisible right-to-left override character (U+202E) at character 6");
        assertThat(jdbc.sql("SELECT weekly_reason FROM provision WHERE id = ?").param(school.value())
                .query(String.class).single()).isEqualTo("tested weekly");
    }

    private int closures() {
        return jdbc.sql("SELECT count(*) FROM closure WHERE provision_id = ?").param(school.value())
                .query(Integer.class).single();
    }

    private RecordMark mark(Session session, String reason) {
        return new RecordMark(child, school, today, session, "I", reason, null, null, "tester");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin-text:admin-text-password"
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
