package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.attendance.Attendance;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.enrolment.Enrolment;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Trigger;
import org.rollcall.reports.ExportFormat;
import org.rollcall.reports.ReportKind;
import org.rollcall.reports.ReportTable;
import org.rollcall.reports.Reports;
import org.rollcall.reports.ReportsSeed;
import org.rollcall.reports.internal.ExportReading;
import org.rollcall.statistics.DateRange;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;

/**
 * The reports in Chromium for an authority user: the list, then the weekly summary over Monday to Wednesday with
 * its table and downloads; the three files fetched with the user's own session hold the same figures as the report
 * (Commons CSV, POI, PDFBox) and nothing of the other authority. axe-core finds nothing serious on either page; the
 * report is kept as docs/screenshots/reports-weekly-summary.png. Clock: Wednesday 2 December 2026.
 */
@RollcallIntegrationTest
class ReportsInBrowserIntegrationTests extends InBrowser {

    private static final String WEEK = "?from=2026-11-30&to=2026-12-02";

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Enrolment enrolment;
    @Autowired Escalations escalations;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Reports reports;

    private ReportsSeed.Seeded data;

    @BeforeAll
    void seed() {
        data = new ReportsSeed(directory, accounts, attendance, enrolment, jdbc).seed(users, contexts,
                "Browser Report Shire", "browser-reports", "945", "946");
        await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(data.ada(), ReportsSeed.WED,
                Trigger.EXCLUSION).isPresent());
        contexts.clearContext();
    }

    @Test
    void anAuthorityUserRunsAReportAndDownloadsTheSameFiguresThreeWays() throws Exception {
        Page page = signIn("browser-reports-a", "authority-password-1");
        page.waitForURL(url -> !url.contains("login"));
        page.navigate(url("/reports"));
        assertThat(page.locator("#report-list")).containsText("Persistent and severe absence");
        assertThat(page.locator("h2")).hasText("Reports for Browser Report Shire");
        Axe.assertAccessible(page, "reports");

        page.getByText("Weekly attendance summary").click();
        page.waitForURL(url -> url.contains("/reports/weekly-summary"));
        page.navigate(url("/reports/weekly-summary" + WEEK));
        assertThat(page.locator("h2")).hasText(
                "Weekly attendance summary — Browser Report Shire, 30 November 2026 to 2 December 2026");
        assertThat(page.locator("#report-grid")).containsText("Ada Zephyr");
        assertThat(page.locator("#report-grid")).containsText("All children");
        assertThat(page.locator("#report-grid")).not().containsText("Zed Other");
        Axe.assertAccessible(page, "report-weekly-summary");
        page.setViewportSize(1280, 960);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "e2e",
                "reports-weekly-summary.png")));

        byte[] csv = download(page, ExportFormat.CSV);
        byte[] xlsx = download(page, ExportFormat.XLSX);
        byte[] pdf = download(page, ExportFormat.PDF);
        ReportTable table = reports.run(data.a(), ReportKind.WEEKLY_SUMMARY,
                DateRange.of(ReportsSeed.MON, ReportsSeed.WED));
        ExportReading.assertAgree(table, csv, xlsx, pdf);
        org.assertj.core.api.Assertions.assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains("Ada Zephyr").doesNotContain("Zed Other");
    }

    /** The link's own address fetched with the page's session, as the browser would save it. */
    private static byte[] download(Page page, ExportFormat format) {
        var link = page.locator("#report-download-" + format.extension());
        assertThat(link).hasText("Download " + format.label());
        APIResponse response = page.context().request().get((String) link.evaluate("a => a.href"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type"))
                .contains(format.mediaType());
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-disposition"))
                .contains("rollcall-weekly-summary-2026-11-30-to-2026-12-02." + format.extension());
        return response.body();
    }
}
