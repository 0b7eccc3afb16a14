package org.rollcall.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.AuditLog;
import org.rollcall.directory.Upn;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Trigger;
import org.rollcall.reports.internal.CallerReports;
import org.rollcall.reports.internal.ExportReading;
import org.rollcall.statistics.DateRange;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * Reports against the real database for a seeded authority (ReportsSeed): each report runs, the three export formats
 * agree figure for figure, UPN quality finds every kind of problem, refused ranges say why, and the caller's
 * authority is the only one reported on. The clock is Wednesday 2 December 2026.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIntegrationTests extends SpringBrowserlessTest {

    @Autowired Reports reports;
    @Autowired CallerReports callerReports;
    @Autowired org.rollcall.directory.DirectoryAdmin directory;
    @Autowired org.rollcall.accounts.Accounts accounts;
    @Autowired org.rollcall.attendance.Attendance attendance;
    @Autowired org.rollcall.enrolment.Enrolment enrolment;
    @Autowired Escalations escalations;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;

    private ReportsSeed.Seeded data;
    private final DateRange week = DateRange.of(ReportsSeed.MON, ReportsSeed.WED);

    @BeforeAll
    void seed() {
        ReportsSeed seed = new ReportsSeed(directory, accounts, attendance, enrolment, jdbc);
        data = seed.seed(users, contexts, "Report Shire", "reports", "973", "974");
        await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(data.ada(), ReportsSeed.WED,
                Trigger.EXCLUSION).isPresent() && escalations.find(data.ada(), ReportsSeed.TUE,
                Trigger.UNAUTHORISED_ABSENCE).isPresent() && escalations.find(data.ben(), ReportsSeed.MON,
                Trigger.UNAUTHORISED_ABSENCE).isPresent());
        seed.spoilUpns(data);
    }

    @Test
    void dailyAbsenceListsTheAuthoritysAbsencesWithTheCodeInWordsAndWhatFollowed() {
        ReportTable table = reports.run(data.a(), ReportKind.DAILY_ABSENCE, week);
        assertThat(table.title()).isEqualTo("Daily absence — Report Shire, 30 November 2026 to 2 December 2026");
        assertThat(table.columns()).containsExactly("Date", "Child", "UPN", "School", "Session", "Code", "Meaning",
                "Reason given", "Follow-up");
        assertThat(table.rows()).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(4) + " " + r.get(5))
                .containsExactly("30 November 2026 Ben Archer Morning N",
                        "1 December 2026 Ada Zephyr Morning I",
                        "1 December 2026 Ada Zephyr Afternoon N",
                        "2 December 2026 Ada Zephyr Morning E");
        List<Object> illness = table.rows().get(1);
        assertThat(illness.get(2)).isEqualTo(data.adaUpn());
        assertThat(illness.get(3)).isEqualTo("Report Shire Primary");
        assertThat(illness.get(6)).asString().containsIgnoringCase("illness");
        assertThat(illness.get(7)).isEqualTo("flu, school says");
        assertThat(table.rows().get(2).get(8)).asString().startsWith("Unauthorised absence: ");
        assertThat(table.rows().get(3).get(8)).asString().startsWith("Exclusion: ");
        assertThat(table.rows()).noneMatch(r -> r.contains("Zed Other"));
        assertThat(table.producedAt()).isNotNull();
    }

    @Test
    void upnQualityFindsAWrongCheckLetterAWrongLaNumberAMissingAndADuplicateUpn() {
        ReportTable table = reports.run(data.a(), ReportKind.UPN_QUALITY, DateRange.day(ReportsSeed.WED));
        assertThat(table.columns()).containsExactly("Child", "UPN", "School", "Status", "Problems");
        assertThat(table.rows()).extracting(r -> r.get(0) + ": " + r.get(4)).containsExactly(
                "Ada Zephyr: Same UPN as Eve Twin",
                "Ben Archer: Check letter wrong: " + data.benUpn().charAt(0) + " where the digits need "
                        + Upn.withCheckLetter(data.benUpn().substring(1)).charAt(0),
                "Cleo Marsh: LA number 902 is not this authority's (973)",
                "Dev Nokes: No UPN: collect it from the school",
                "Eve Twin: Same UPN as Ada Zephyr",
                "Finn Sound: ");
        assertThat(table.rows()).extracting(r -> r.get(3)).containsExactly("To check", "To check", "To check",
                "To check", "To check", "OK");
    }

    @Test
    void exclusionsFollowUpsAndNotOnRollRun() {
        ReportTable exclusions = reports.run(data.a(), ReportKind.EXCLUSIONS, week);
        assertThat(exclusions.rows()).singleElement().satisfies(r -> {
            assertThat(r.get(1)).isEqualTo("Ada Zephyr");
            assertThat(r.get(4)).asString().startsWith("E");
            assertThat(r.get(6)).isEqualTo("Requested");
        });
        ReportTable followUps = reports.run(data.a(), ReportKind.FOLLOW_UPS, week);
        assertThat(followUps.rows()).extracting(r -> r.get(1) + " " + r.get(3)).containsExactlyInAnyOrder(
                "Ben Archer Unauthorised absence", "Ada Zephyr Unauthorised absence", "Ada Zephyr Exclusion");
        assertThat(followUps.rows()).allSatisfy(r -> assertThat(r.get(6)).isNotNull());

        ReportTable notOnRoll = reports.run(data.a(), ReportKind.NOT_ON_ROLL, week);
        assertThat(notOnRoll.rows()).extracting(r -> r.get(0) + ": " + r.get(1)).containsExactly(
                "Not on roll: Cleo Marsh", "UPN to collect: Dev Nokes");
        assertThat(notOnRoll.rows().getFirst().get(4)).isEqualTo("1 December 2026");
    }

    @Test
    void weeklySummaryAndSsda903GiveEachChildsSessionsWithTheAuthoritysTotal() {
        ReportTable weekly = reports.run(data.a(), ReportKind.WEEKLY_SUMMARY, week);
        assertThat(weekly.columns()).containsExactly("Child", "UPN", "School", "Possible sessions",
                "Sessions attended", "Attendance %", "Authorised absences", "Unauthorised absences", "Not yet marked");
        // Ada: / \ I N E = 5 possible, 2 attended; Ben: N \ = 2, 1; Cleo: / = 1, 1 before leaving the roll.
        assertThat(row(weekly, "Ada Zephyr").subList(3, 8)).containsExactly(5, 2, 40.0, 2, 1);
        assertThat(row(weekly, "Ben Archer").subList(3, 8)).containsExactly(2, 1, 50.0, 0, 1);
        assertThat(weekly.rows().getLast().subList(0, 8)).containsExactly("All children", null, null, 8, 4, 50.0, 2,
                2);
        ReportTable ssda = reports.run(data.a(), ReportKind.SSDA903_ATTENDANCE, week);
        assertThat(row(ssda, "Ada Zephyr")).containsExactly("Ada Zephyr", data.adaUpn(), 5, 2, 40.0, 2, 1, "SA");
        assertThat(row(ssda, "Ben Archer").getLast()).isEqualTo("PA");
        assertThat(row(ssda, "Cleo Marsh").getLast()).isEqualTo("");
    }

    @Test
    void persistentAbsenceListsTheLowestFirstAndGroupsAddUp() {
        ReportTable persistent = reports.run(data.a(), ReportKind.PERSISTENT_ABSENCE, week);
        assertThat(persistent.rows()).extracting(r -> r.get(0) + " " + r.get(5) + " " + r.get(8)).containsExactly(
                "Ada Zephyr 40.0 Severe absence (below 50%)", "Ben Archer 50.0 Persistent absence (below 90%)");
        ReportTable cohorts = reports.run(data.a(), ReportKind.COHORTS, week);
        assertThat(cohorts.columns().getFirst()).isEqualTo("Cohort");
        assertThat(cohorts.rows().getLast().subList(0, 5)).containsExactly("All children", 6, 8, 4, 50.0);
        assertThat(cohorts.rows().getLast().subList(7, 9)).containsExactly(1, 1);
        ReportTable borough = reports.run(data.a(), ReportKind.BOROUGH, week);
        assertThat(borough.rows()).hasSize(3);
        assertThat(borough.rows().getLast().subList(0, 5)).containsExactly("All children", 6, 8, 4, 50.0);
        assertThat(borough.rows().stream().limit(2).mapToInt(r -> (Integer) r.get(2)).sum()).isEqualTo(8);
    }

    private static List<Object> row(ReportTable table, String child) {
        return table.rows().stream().filter(r -> child.equals(r.getFirst())).findFirst().orElseThrow();
    }

    @Test
    void theThreeExportsAgreeForEveryReport() throws Exception {
        for (ReportKind kind : ReportKind.values()) {
            ReportTable table = reports.run(data.a(), kind, week);
            byte[] pdf = reports.export(table, ExportFormat.PDF);
            ExportReading.assertAgree(table, reports.export(table, ExportFormat.CSV),
                    reports.export(table, ExportFormat.XLSX), pdf);
            String text = ExportReading.pdfText(pdf).replaceAll("\\s+", " ");
            assertThat(text).as(kind.label()).contains(table.title(), "Page 1 of");
        }
    }

    @Test
    void rangesOlderThanTheHistoryKeptAreRefusedSayingHowFarBack() {
        assertThatThrownBy(() -> reports.run(data.a(), ReportKind.DAILY_ABSENCE,
                DateRange.of(LocalDate.of(2023, 12, 1), ReportsSeed.WED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("choose a first day on or after 2 December 2023");
        assertThatThrownBy(() -> DateRange.of(ReportsSeed.WED, ReportsSeed.MON))
                .hasMessageContaining("before it starts");
    }

    @Test
    void theCallersOwnAuthorityIsReportedOnAndEveryRunAndExportIsAudited() {
        SignIn.as(users, contexts, "reports-b");
        long runs = audit.count("RUN_REPORT", "authority", data.b().toString());
        ReportTable theirs = callerReports.run(ReportKind.DAILY_ABSENCE, week);
        assertThat(theirs.title()).contains("Other Report Shire");
        assertThat(theirs.rows()).extracting(r -> r.get(1)).containsExactly("Zed Other");
        assertThat(audit.count("RUN_REPORT", "authority", data.b().toString())).isEqualTo(runs + 1);
        assertThat(audit.count("RUN_REPORT", "authority", data.a().toString())).isZero();

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        callerReports.export(ReportKind.DAILY_ABSENCE, week, ExportFormat.CSV, csv);
        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Zed Other")
                .doesNotContain("Ada Zephyr", "Ben Archer");
        assertThat(audit.count("EXPORT_REPORT", "authority", data.b().toString())).isEqualTo(1);

        SignIn.as(users, contexts, "reports-admin");
        assertThatThrownBy(() -> callerReports.run(ReportKind.DAILY_ABSENCE, week))
                .isInstanceOf(AccessDeniedException.class);
    }
}
