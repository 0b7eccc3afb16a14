package org.rollcall.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Bank holidays and term dates through the admin REST API over real HTTP: the shipped version 1 after start-up, a
 * new version taking over, every refused file leaving nothing stored, and only admins allowed in.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class CalendarAdminIntegrationTests {

    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";
    private static final LocalDate EXTRA = LocalDate.of(2027, 6, 7);
    private static final String TERM_HEADER = "la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on\n";

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired SchoolCalendar calendar;
    @LocalServerPort int port;

    private AdminApi admin;
    private String shipped;
    private ProvisionId school;

    @BeforeAll
    void anAdminAnOperatorAndSomeAuthorities() throws IOException {
        accounts.createUser("calendar-admin", "Calendar Admin", "calendar-admin-password", Role.ADMIN, null);
        accounts.createUser("calendar-operator", "Calendar Operator", "calendar-operator-password", Role.OPERATOR,
                null);
        admin = AdminApi.as(port, "calendar-admin", "calendar-admin-password");
        directory.createAuthority("Calendar Borough", Nation.ENGLAND, "741");
        directory.createAuthority("Calendar Shire", Nation.ENGLAND, "742");
        directory.createAuthority("Cyngor Calendr", Nation.WALES, "681");
        school = directory.createProvision(new NewProvision("Bank Holiday Primary", null, ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960741"), "Ms Holiday", null, Frequency.WEEKLY, 1,
                List.of(new CallWindow(null, LocalTime.of(9, 0), LocalTime.of(9, 30))), null,
                "not called on the test's day"));
        try (InputStream in = new ClassPathResource("calendar/bank-holidays-2026-2028.json").getInputStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(1)
    void theShippedBankHolidaysAreVersionOneAfterStartUp() {
        AdminApi.Answer answer = admin.get("/api/v1/admin/bank-holidays");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.at("/version/version").intValue()).isEqualTo(1);
        assertThat(body.at("/version/importedBy").stringValue()).isEqualTo("Rollcall (shipped data)");
        assertThat(body.at("/version/source").stringValue()).startsWith("bank-holidays-2026-2028.json");
        assertThat(body.at("/version/counts/ENGLAND").intValue()).isEqualTo(24);
        assertThat(body.at("/version/counts/WALES").intValue()).isEqualTo(24);
        assertThat(dates(body, "ENGLAND")).hasSize(24).contains("2026-12-28 Boxing Day", "2027-12-27 Christmas Day",
                "2028-01-03 New Year’s Day");
        assertThat(dates(body, "WALES")).isEqualTo(dates(body, "ENGLAND"));
        assertThat(calendar.isSchoolDay(school, LocalDate.of(2026, 12, 28))).isFalse();
    }

    @Test
    @Order(2)
    void aNewVersionTakesOverAndOlderVersionsAreKept() {
        String withExtra = shipped.replace("\"events\": [", "\"events\": [\n{\"title\": \"Extra bank holiday\", "
                + "\"date\": \"" + EXTRA + "\", \"notes\": \"\", \"bunting\": true},");
        assertThat(calendar.isSchoolDay(school, EXTRA)).isTrue();

        AdminApi.Answer uploaded = admin.put("/api/v1/admin/bank-holidays?source=extra.json", JSON, withExtra);
        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.json().path("version").intValue()).isEqualTo(2);
        assertThat(uploaded.json().path("source").stringValue()).isEqualTo("extra.json");
        assertThat(uploaded.json().path("importedBy").stringValue()).isEqualTo("calendar-admin");
        assertThat(uploaded.json().at("/counts/ENGLAND").intValue()).isEqualTo(25);
        assertThat(calendar.isSchoolDay(school, EXTRA)).as("the new version is in force").isFalse();
        assertThat(dates(admin.get("/api/v1/admin/bank-holidays").json(), "WALES"))
                .contains(EXTRA + " Extra bank holiday");

        // Uploading the shipped file again restores it, as version 3; every version is kept.
        assertThat(admin.put("/api/v1/admin/bank-holidays", JSON, shipped).json().path("version").intValue())
                .isEqualTo(3);
        assertThat(calendar.isSchoolDay(school, EXTRA)).isTrue();
        JsonNode versions = admin.get("/api/v1/admin/bank-holidays").json().path("versions");
        assertThat(versions).extracting(v -> v.path("version").intValue()).containsExactly(3, 2, 1);
        assertThat(versions.get(2).path("importedBy").stringValue()).isEqualTo("Rollcall (shipped data)");
    }

    @Test
    @Order(3)
    void badBankHolidayFilesAreRefusedSayingWhyAndNothingIsStored() {
        int versions = admin.get("/api/v1/admin/bank-holidays").json().path("versions").size();

        assertRefused(admin.put("/api/v1/admin/bank-holidays", JSON, "Date,Title\n2026-12-25,Christmas"),
                "the file is not JSON");
        assertRefused(admin.put("/api/v1/admin/bank-holidays", JSON,
                "{\"scotland\": {\"division\": \"scotland\", \"events\": []}}"),
                "the file has no 'england-and-wales' division (it has scotland)");
        assertRefused(admin.put("/api/v1/admin/bank-holidays", JSON,
                "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": []}}"),
                "the 'england-and-wales' division has no events");
        AdminApi.Answer badDates = admin.put("/api/v1/admin/bank-holidays", JSON, """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Fine", "date": "2027-06-07"},
                  {"title": "No date"},
                  {"title": "Bad date", "date": "7 June 2027"}]}}""");
        assertRefused(badDates, "the bank holidays file was refused and nothing was stored");
        assertThat(badDates.problems()).containsExactly(
                "event 2 ('No date') has no date: give it a \"date\" as YYYY-MM-DD",
                "event 3 ('Bad date') has the date \"7 June 2027\", which is not a valid date: use YYYY-MM-DD, for "
                        + "example 2026-12-25");

        JsonNode after = admin.get("/api/v1/admin/bank-holidays").json();
        assertThat(after.path("versions").size()).as("no version was added").isEqualTo(versions);
        assertThat(after.at("/version/counts/ENGLAND").intValue()).isEqualTo(24);
    }

    @Test
    @Order(4)
    void termDatesReplaceEachNamedAuthoritysTermsAndSayWhatWasStored() {
        AdminApi.Answer imported = admin.post("/api/v1/admin/term-dates?source=terms-2026.csv", CSV, """
                la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on
                741,Autumn 2026,2026-09-03,2026-12-18,2026-10-26,2026-10-30
                741,Spring 2027,2027-01-05,2027-03-26,2027-02-15,2027-02-19
                742,Autumn 2026,2026-09-02,2026-12-17,2026-10-19,2026-10-23
                """);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("terms").intValue()).isEqualTo(3);
        assertThat(imported.json().path("authorities")).extracting(a -> a.path("laCode").stringValue() + " "
                + a.path("authority").stringValue() + " " + a.path("terms").intValue())
                .containsExactly("741 Calendar Borough 2", "742 Calendar Shire 1");

        JsonNode terms = admin.get("/api/v1/admin/authorities/741/term-dates").json();
        assertThat(terms.path("termDatesLoaded").booleanValue()).isTrue();
        assertThat(terms.path("coveredFrom").stringValue()).isEqualTo("2026-09-03");
        assertThat(terms.path("coveredUntil").stringValue()).isEqualTo("2027-03-26");
        assertThat(terms.path("terms")).extracting(t -> t.path("name").stringValue() + " "
                + t.path("halfTermStartsOn").stringValue()).containsExactly("Autumn 2026 2026-10-26",
                "Spring 2027 2027-02-15");

        // A second file naming only 742 replaces 742's terms and leaves 741's alone.
        assertThat(admin.post("/api/v1/admin/term-dates", CSV, """
                la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on
                742,Autumn 2026 (revised),2026-09-07,2026-12-18,,
                """).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/authorities/742/term-dates").json().path("terms"))
                .extracting(t -> t.path("name").stringValue()).containsExactly("Autumn 2026 (revised)");
        assertThat(admin.get("/api/v1/admin/authorities/741/term-dates").json().path("terms")).hasSize(2);

        JsonNode none = admin.get("/api/v1/admin/authorities/681/term-dates").json();
        assertThat(none.path("termDatesLoaded").booleanValue()).isFalse();
        assertThat(none.path("authority").stringValue()).isEqualTo("Cyngor Calendr");
        assertThat(none.path("rule").stringValue()).startsWith("no term dates loaded: every weekday that is not a "
                + "bank holiday counts as a school day");
        AdminApi.Answer unknown = admin.get("/api/v1/admin/authorities/999/term-dates");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").stringValue()).startsWith("no authority with LA code '999'");
    }

    @Test
    @Order(5)
    void aTermFileWithBadRowsIsRefusedListingEveryOneAndNothingIsStored() {
        String before = admin.get("/api/v1/admin/authorities/741/term-dates").body();
        AdminApi.Answer refused = admin.post("/api/v1/admin/term-dates", CSV, """
                la_code,term,starts_on,ends_on,half_term_starts_on,half_term_ends_on
                741,Autumn 2027,2027-09-02,2027-12-17,2027-10-25,2027-10-29
                999,Unknown,2027-09-02,2027-12-17,,
                741,Spring 2028,2028-01-04,31/03/2028,,
                741,Summer 2028,2028-07-20,2028-04-18,,
                741,Autumn 2028,2028-09-04,2028-12-15,2028-12-18,2028-12-22
                741,Spring 2029,2029-01-07,2029-03-29,2029-02-12,
                741,Clash,2027-12-01,2027-12-31,,
                """);
        assertRefused(refused, "the term dates file was refused and nothing was stored");
        assertThat(refused.problems()).containsExactly(
                "line 3: no authority with LA code '999': give the three-digit LA number of an authority set up in "
                        + "Rollcall",
                "line 4: ends_on '31/03/2028' is not a date: use YYYY-MM-DD, for example 2026-09-03",
                "line 5: term 'Summer 2028' ends on 2028-04-18, before it starts on 2028-07-20: give a last day on "
                        + "or after the first",
                "line 6: the half-term of 'Autumn 2028' (2028-12-18 to 2028-12-22) is not inside the term "
                        + "(2028-09-04 to 2028-12-15): give half-term dates within the term",
                "line 7: term 'Spring 2029' has a half-term start (2029-02-12) but no end: give both half-term "
                        + "dates, or neither for a term without a half-term",
                "lines 2 and 8: terms 'Autumn 2027' (2027-09-02 to 2027-12-17) and 'Clash' (2027-12-01 to "
                        + "2027-12-31) of LA 741 overlap: a day can be in one term only");
        assertRefused(admin.post("/api/v1/admin/term-dates", CSV, "la_code,term,starts_on,ends_on\n"
                + "741,Autumn 2027,2027-09-02,2027-12-17\n"), "the header has no column half_term_starts_on, "
                + "half_term_ends_on");
        assertThat(admin.get("/api/v1/admin/authorities/741/term-dates").body()).as("nothing stored")
                .isEqualTo(before);
    }

    @Test
    @Order(6)
    void onlyAdminsMayUseTheAdminApi() {
        String token = tokens.issue(directory.createAuthority("Token Borough", Nation.ENGLAND, "743"), "calendar");
        AdminApi operator = AdminApi.as(port, "calendar-operator", "calendar-operator-password");
        AdminApi nobody = AdminApi.anonymous(port);
        assertThat(operator.get("/api/v1/admin/bank-holidays").status()).isEqualTo(403);
        assertThat(operator.post("/api/v1/admin/term-dates", CSV, TERM_HEADER).status()).isEqualTo(403);
        assertThat(nobody.get("/api/v1/admin/bank-holidays").status()).isEqualTo(401);
        assertThat(nobody.put("/api/v1/admin/bank-holidays", JSON, shipped).status()).isEqualTo(401);
        assertThat(AdminApi.withToken(port, token).get("/api/v1/admin/bank-holidays").status())
                .as("an authority's API token").isEqualTo(403);
        assertThat(admin.get("/api/v1/admin/bank-holidays").json().path("versions").size()).isEqualTo(3);
    }

    private static void assertRefused(AdminApi.Answer answer, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.json().path("detail").stringValue()).startsWith(detail);
        assertThat(answer.problems()).isNotEmpty();
    }

    private static List<String> dates(JsonNode body, String nation) {
        List<String> dates = new ArrayList<>();
        body.path("dates").path(nation).forEach(d -> dates.add(d.path("date").stringValue() + " "
                + d.path("title").stringValue()));
        return dates;
    }
}
