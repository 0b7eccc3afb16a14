package org.rollcall.extranet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.ApiTokens;
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
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Trigger;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API v1 for authority systems over real HTTP: children, marks, absences (with the carer's reason), exclusions (with
 * the letter's status) and statistics, paged in a stable order, bad parameters as problem details naming them, and
 * another authority's data never in an answer. The clock is Wednesday 2 December 2026; marks are Monday to Wednesday.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorityApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate MON = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUE = MON.plusDays(1);
    private static final LocalDate WED = MON.plusDays(2);

    @LocalServerPort int port;
    @Autowired DirectoryAdmin directory;
    @Autowired Attendance attendance;
    @Autowired Escalations escalations;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    private final HttpClient http = HttpClient.newHttpClient();

    private String mine;
    private String theirs;
    private ChildId ada;
    private ChildId ben;
    private ChildId other;

    @BeforeAll
    void twoAuthoritiesWithMarks() {
        AuthorityId authority = directory.createAuthority("Api Shire", Nation.ENGLAND, "951");
        AuthorityId otherAuthority = directory.createAuthority("Other Api Shire", Nation.ENGLAND, "952");
        ProvisionId school = school("Api Shire Primary", "01632 960501");
        directory.addDesignatedTeacher(school, "Pat Teacher", UkPhoneNumber.parse("01632 960599"),
                "pat.teacher@api-primary.example.org");
        ProvisionId otherSchool = school("Other Api Primary", "01632 960502");
        ada = child(authority, "Ada", "Zephyr", school);
        ben = child(authority, "Ben", "Archer", school);
        other = child(otherAuthority, "Cleo", "Other", otherSchool);

        mark(ada, school, MON, Session.AM, "/", null);
        mark(ada, school, MON, Session.PM, "\\", null);
        mark(ada, school, TUE, Session.AM, "I", "flu, school says");
        mark(ada, school, TUE, Session.PM, "N", "not yet known");
        mark(ada, school, WED, Session.AM, "E", "fixed-term suspension");
        mark(ada, school, WED, Session.PM, "D", null);
        mark(ben, school, MON, Session.AM, "/", null);
        mark(ben, school, MON, Session.PM, "B", "forest school");
        mark(other, otherSchool, MON, Session.AM, "N", "unknown");
        mark(other, otherSchool, WED, Session.AM, "E", "excluded elsewhere");

        var absence = await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(ada, TUE,
                Trigger.UNAUTHORISED_ABSENCE), e -> e.isPresent()).orElseThrow();
        // The carer's reason comes from a carer call (CarerCallIntegrationTests); here it is set as data.
        jdbc.sql("UPDATE escalation SET carer_reason = 'at the dentist, forgot to tell school' WHERE id = ?")
                .param(absence.id().value()).update();
        await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(ada, WED, Trigger.EXCLUSION)
                .filter(e -> e.state().name().equals("LETTER_REQUESTED")).isPresent());
        await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(other, WED, Trigger.EXCLUSION)
                .isPresent());
        mine = "Bearer " + tokens.issue(authority, "api test");
        theirs = "Bearer " + tokens.issue(otherAuthority, "api test, other");
    }

    @Test
    void childrenArePagedByNameWithTheirSchoolAndNationAndOnlyTheTokensOwn() throws Exception {
        JsonNode first = ok("/api/v1/children?size=1", mine);
        assertThat(first.path("totalItems").asLong()).isEqualTo(2);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(1);
        JsonNode archer = first.path("items").get(0);
        assertThat(archer.path("id").stringValue()).isEqualTo(ben.toString());
        assertThat(archer.path("name").stringValue()).isEqualTo("Ben Archer");
        assertThat(archer.path("school").stringValue()).isEqualTo("Api Shire Primary");
        assertThat(archer.path("nation").stringValue()).isEqualTo("ENGLAND");
        JsonNode second = ok("/api/v1/children?size=1&page=1", mine);
        assertThat(second.path("items").get(0).path("id").stringValue()).isEqualTo(ada.toString());
        assertThat(ok("/api/v1/children?page=2&size=1", mine).path("items").size()).isZero();

        JsonNode theirChildren = ok("/api/v1/children", theirs);
        assertThat(ids(theirChildren, "id")).containsExactly(other.toString());
    }

    @Test
    void marksOverAPeriodArePagedByDayChildAndSession() throws Exception {
        JsonNode all = ok("/api/v1/marks?from=2026-11-30&to=2026-12-02&size=500", mine);
        assertThat(all.path("totalItems").asLong()).isEqualTo(8);
        assertThat(all.path("items")).extracting(m -> m.path("date").stringValue() + " " + m.path("code")
                .stringValue()).containsExactlyElementsOf(expectedOrder());
        assertThat(ids(all, "childId")).doesNotContain(other.toString());

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode p = ok("/api/v1/marks?from=2026-11-30&to=2026-12-02&size=3&page=" + page, mine);
            assertThat(p.path("totalPages").asInt()).isEqualTo(3);
            paged.addAll(ids(p, "id"));
        }
        assertThat(paged).containsExactlyElementsOf(ids(all, "id"));

        JsonNode today = ok("/api/v1/marks", mine); // default: Rollcall's today, Wednesday
        assertThat(today.path("items")).extracting(m -> m.path("code").stringValue()).containsExactly("E", "D");
        assertThat(ids(ok("/api/v1/marks?from=2026-11-30&to=2026-12-02", theirs), "childId")).containsOnly(
                other.toString());
    }

    private List<String> expectedOrder() {
        // Monday: both children (by id as PostgreSQL orders it: its text, not Java's signed compare), each AM then
        // PM; Tuesday and Wednesday: Ada only.
        boolean adaFirst = ada.toString().compareTo(ben.toString()) < 0;
        List<String> monday = adaFirst ? List.of("/", "\\", "/", "B") : List.of("/", "B", "/", "\\");
        List<String> order = new ArrayList<>();
        monday.forEach(code -> order.add("2026-11-30 " + code));
        List.of("2026-12-01 I", "2026-12-01 N", "2026-12-02 E", "2026-12-02 D").forEach(order::add);
        return order;
    }

    @Test
    void absencesCarryTheSchoolsAndTheCarersReason() throws Exception {
        JsonNode absences = ok("/api/v1/absences?from=2026-11-30&to=2026-12-02", mine);
        assertThat(absences.path("totalItems").asLong()).isEqualTo(3);
        assertThat(absences.path("items")).extracting(a -> a.path("code").stringValue()).containsExactly("I", "N",
                "E");
        JsonNode unauthorised = absences.path("items").get(1);
        assertThat(unauthorised.path("category").stringValue()).isEqualTo("UNAUTHORISED_ABSENCE");
        assertThat(unauthorised.path("reason").stringValue()).isEqualTo("not yet known");
        assertThat(unauthorised.path("carerReason").stringValue()).isEqualTo("at the dentist, forgot to tell school");
        assertThat(absences.path("items").get(0).path("carerReason").isNull()).isTrue();
        assertThat(ids(ok("/api/v1/absences?from=2026-11-30&to=2026-12-02", theirs), "childId"))
                .containsOnly(other.toString());
    }

    @Test
    void exclusionsShowTheLetterAsked() throws Exception {
        JsonNode exclusions = ok("/api/v1/exclusions?from=2026-11-30&to=2026-12-02", mine);
        assertThat(exclusions.path("totalItems").asLong()).isEqualTo(1);
        JsonNode exclusion = exclusions.path("items").get(0);
        assertThat(exclusion.path("childId").stringValue()).isEqualTo(ada.toString());
        assertThat(exclusion.path("date").stringValue()).isEqualTo("2026-12-02");
        assertThat(exclusion.path("session").stringValue()).isEqualTo("AM");
        assertThat(exclusion.path("code").stringValue()).isEqualTo("E");
        assertThat(exclusion.path("letter").stringValue()).isEqualTo("requested");
        assertThat(ids(ok("/api/v1/exclusions?from=2026-11-30&to=2026-12-02", theirs), "childId"))
                .containsExactly(other.toString());
    }

    @Test
    void statisticsCountPossibleSessionsAsDomainSays() throws Exception {
        JsonNode stats = ok("/api/v1/statistics?from=2026-11-30&to=2026-12-02", mine);
        JsonNode total = stats.path("total");
        // Possible: 3 present + 1 approved + 2 authorised + 1 unauthorised; D (dual registered) is not possible.
        assertThat(total.path("possible").asInt()).isEqualTo(7);
        assertThat(total.path("present").asInt()).isEqualTo(3);
        assertThat(total.path("approvedActivity").asInt()).isEqualTo(1);
        assertThat(total.path("authorisedAbsent").asInt()).isEqualTo(2);
        assertThat(total.path("unauthorisedAbsent").asInt()).isEqualTo(1);
        assertThat(total.path("notPossible").asInt()).isEqualTo(1);
        assertThat(total.path("attendancePercent").asDouble()).isEqualTo(57.1);
        assertThat(stats.path("totalItems").asLong()).isEqualTo(2);
        JsonNode adaStats = find(stats.path("items"), ada.toString());
        assertThat(adaStats.path("possible").asInt()).isEqualTo(5);
        assertThat(adaStats.path("attendancePercent").asDouble()).isEqualTo(40.0);
        assertThat(adaStats.path("severeAbsence").asBoolean()).isTrue();
        assertThat(find(stats.path("items"), ben.toString()).path("attendancePercent").asDouble()).isEqualTo(100.0);
        assertThat(ok("/api/v1/statistics?from=2026-11-30&to=2026-12-02", theirs).path("total").path("possible")
                .asInt()).isEqualTo(2);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() throws Exception {
        assertThat(problem("/api/v1/marks?from=2026-11-01&to=2026-12-02")).isEqualTo("from 2026-11-01 to "
                + "2026-12-02 is 32 days: ask for at most 31 days at a time (several requests for a longer period)");
        assertThat(problem("/api/v1/absences?from=2026-12-02&to=2026-12-01")).startsWith("to (2026-12-01) is "
                + "before from (2026-12-02)");
        assertThat(problem("/api/v1/statistics?from=2-12-2026")).isEqualTo("from '2-12-2026' is not a date: use "
                + "YYYY-MM-DD, for example 2026-12-02");
        assertThat(problem("/api/v1/exclusions?to=yesterday")).startsWith("to 'yesterday' is not a date");
        assertThat(problem("/api/v1/children?size=501")).isEqualTo("size '501' is not valid: use a whole number "
                + "from 1 to 500");
        assertThat(problem("/api/v1/children?size=0")).startsWith("size '0' is not valid");
        assertThat(problem("/api/v1/children?page=-1")).isEqualTo("page '-1' is not valid: use a whole number from "
                + "0 (the first page)");
        assertThat(problem("/api/v1/marks?page=two")).startsWith("page 'two' is not valid");
        assertThat(ok("/api/v1/marks?from=2026-11-03&to=2026-12-03", mine).path("totalItems").asLong())
                .isEqualTo(8); // 31 days is allowed
    }

    @Test
    void staffAndNoTokenAreRefusedAsProblems() throws Exception {
        var none = send("/api/v1/children", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryNewEndpointWithItsAnswers() throws Exception {
        JsonNode api = JSON.readTree(send("/v3/api-docs", null).body());
        for (String path : List.of("/api/v1/children", "/api/v1/marks", "/api/v1/absences", "/api/v1/exclusions",
                "/api/v1/statistics", "/api/v1/webhooks/deliveries")) {
            JsonNode get = api.path("paths").path(path).path("get");
            assertThat(get.path("summary").stringValue()).as(path).isNotBlank();
            List<String> statuses = new ArrayList<>();
            get.path("responses").propertyNames().forEach(statuses::add);
            assertThat(statuses).as(path).contains("200", "400", "401", "403", "404", "405", "406", "500");
            List<String> parameters = new ArrayList<>();
            get.path("parameters").forEach(p -> parameters.add(p.path("name").stringValue()));
            assertThat(parameters).as(path).contains("page", "size");
        }
        assertThat(api.path("paths").path("/api/v1/webhooks").path("post").path("responses").has("201")).isTrue();
    }

    private String problem(String path) throws Exception {
        var answer = send(path, mine);
        assertThat(answer.statusCode()).as(path).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        return JSON.readTree(answer.body()).path("detail").stringValue();
    }

    private JsonNode ok(String path, String auth) throws Exception {
        var answer = send(path, auth);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> send(String path, String auth) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path(field).stringValue()));
        return ids;
    }

    private static JsonNode find(JsonNode items, String childId) {
        for (JsonNode item : items) {
            if (childId.equals(item.path("childId").stringValue())) {
                return item;
            }
        }
        throw new AssertionError("no item for child " + childId + " in " + items);
    }

    private ProvisionId school(String name, String phone) {
        ProvisionId school = directory.createProvision(new NewProvision(name, null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse(phone), "Mrs Office", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        return school;
    }

    private ChildId child(AuthorityId authority, String first, String last, ProvisionId school) {
        ChildId child = directory.createChild(new NewChild(authority, null, first, last, MON.minusYears(9), 4,
                Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, MON.minusDays(30));
        return child;
    }

    private void mark(ChildId child, ProvisionId school, LocalDate day, Session session, String code, String reason) {
        attendance.record(new RecordMark(child, school, day, session, code, reason, null, null, "op-api"));
    }
}
