package org.rollcall.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Admins set service scope, cohort rules and call frequency over real HTTP; every bad value is named and refused. */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringApiIntegrationTests {

    @Autowired DirectoryAdmin directory;
    @Autowired Monitoring monitoring;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private AuthorityId authority;
    private ProvisionId school;

    @BeforeAll
    void anAuthorityAndASchool() {
        accounts.createUser("admin-scope", "Admin", "scope-password-1", Role.ADMIN, null);
        accounts.createUser("op-scope", "Operator", "scope-password-2", Role.OPERATOR, null);
        authority = directory.createAuthority("Scopeshire", Nation.ENGLAND, "931");
        school = directory.createProvision(new NewProvision("Scope Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960931"), "Mr Scope", null, Frequency.DAILY, null,
                List.of(new CallWindow(null, LocalTime.of(13, 30), LocalTime.of(14, 0)))));
    }

    @Test
    void anAdminNarrowsTheScopeChangesARuleAndMovesASchoolToWeekly() throws Exception {
        var scope = put("/authorities/931/service-scope", "{\"mode\": \"in_borough\", \"cohorts\": [\"LAC\", \"CME\"]}",
                "admin-scope", "scope-password-1");
        assertThat(scope.statusCode()).as(scope.body()).isEqualTo(200);
        assertThat(monitoring.serviceScope(authority)).isEqualTo(new ServiceScope(ScopeMode.IN_BOROUGH,
                EnumSet.of(Cohort.LAC, Cohort.CME)));

        assertThat(put("/authorities/931/cohort-rules", "{\"POST_16\": \"DAILY\"}", "admin-scope",
                "scope-password-1").statusCode()).isEqualTo(200);
        assertThat(monitoring.cohortRules(authority).frequencies()).containsEntry(Cohort.POST_16, CallFrequency.DAILY)
                .containsEntry(Cohort.CME, CallFrequency.TWICE_DAILY);

        assertThat(put("/provisions/" + school.value() + "/call-frequency", "{\"frequency\": \"WEEKLY\", "
                + "\"weeklyDay\": \"Thursday\", \"reason\": \"The head objects to daily calls\"}", "admin-scope",
                "scope-password-1").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT frequency || ' ' || weekly_day || ' ' || weekly_reason FROM provision WHERE id = ?")
                .param(school.value()).query(String.class).single())
                .isEqualTo("WEEKLY 4 The head objects to daily calls");
    }

    @Test
    void badValuesAreRefusedNamingWhatIsAcceptedAndNothingChanges() throws Exception {
        ServiceScope before = monitoring.serviceScope(authority);
        String frequencyBefore = frequency();
        refused(put("/provisions/" + school.value() + "/call-frequency", "{\"frequency\": \"WEEKLY\", "
                + "\"weeklyDay\": \"SATURDAY\", \"reason\": \"asked\"}"), "a weekly call day must be Monday to Friday, "
                + "not Saturday");
        refused(put("/provisions/" + school.value() + "/call-frequency", "{\"frequency\": \"WEEKLY\", "
                + "\"weeklyDay\": \"someday\", \"reason\": \"asked\"}"), "weeklyDay 'someday' is not accepted: use one "
                + "of MONDAY, TUESDAY");
        refused(put("/provisions/" + school.value() + "/call-frequency", "{\"frequency\": \"WEEKLY\", "
                + "\"weeklyDay\": \"FRIDAY\"}"), "needs the weekday to call it (Monday to Friday) and the reason");
        refused(put("/provisions/" + school.value() + "/call-frequency", "{\"frequency\": \"HOURLY\"}"),
                "frequency 'HOURLY' is not accepted: use one of DAILY, WEEKLY");
        refused(put("/provisions/not-an-id/call-frequency", "{\"frequency\": \"DAILY\"}"), "is not a provision id");
        refused(put("/provisions/" + java.util.UUID.randomUUID() + "/call-frequency", "{\"frequency\": \"DAILY\"}"),
                "no provision with id");
        refused(put("/authorities/999/service-scope", "{\"mode\": \"ALL\", \"cohorts\": [\"LAC\"]}"),
                "no authority has LA number '999'");
        refused(put("/authorities/931/service-scope", "{\"mode\": \"SOME\", \"cohorts\": [\"LAC\"]}"),
                "mode 'SOME' is not accepted: use one of ALL, PILOT, IN_BOROUGH, OUT_OF_BOROUGH");
        refused(put("/authorities/931/service-scope", "{\"mode\": \"ALL\", \"cohorts\": []}"),
                "cohorts is required: one or more of LAC, POST_16, YOT, CME");
        refused(put("/authorities/931/service-scope", "{\"mode\": \"ALL\", \"cohorts\": [\"LAC\", \"ADULTS\"]}"),
                "cohort 'ADULTS' is not accepted");
        refused(put("/authorities/931/service-scope", "{\"mode\": \"PILOT\", \"cohorts\": [\"LAC\"]}"),
                "a PILOT scope needs the pilot list");
        refused(put("/authorities/931/service-scope", "{\"mode\": \"PILOT\", \"cohorts\": [\"LAC\"], \"pilot\": [\""
                + java.util.UUID.randomUUID() + "\"]}"), "a pilot list holds only the authority's own children");
        refused(put("/authorities/931/cohort-rules", "{\"POST_16\": \"MONTHLY\"}"),
                "frequency of POST_16 'MONTHLY' is not accepted: use one of DAILY, WEEKLY, TWICE_DAILY");
        assertThat(monitoring.serviceScope(authority)).isEqualTo(before);
        assertThat(frequency()).isEqualTo(frequencyBefore);
    }

    @Test
    void onlyAdminsMayChangeIt() throws Exception {
        assertThat(put("/authorities/931/cohort-rules", "{\"LAC\": \"WEEKLY\"}", "op-scope", "scope-password-2")
                .statusCode()).isEqualTo(403);
        assertThat(monitoring.cohortRules(authority).frequencies()).containsEntry(Cohort.LAC, CallFrequency.DAILY);
    }

    private String frequency() {
        return jdbc.sql("SELECT frequency || ' ' || coalesce(weekly_day, 0) FROM provision WHERE id = ?")
                .param(school.value()).query(String.class).single();
    }

    private static void refused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(message);
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return put(path, json, "admin-scope", "scope-password-1");
    }

    private HttpResponse<String> put(String path, String json, String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/admin" + path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
