package org.rollcall.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.attendance.Attendance;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.enrolment.Enrolment;
import org.rollcall.escalation.Escalations;
import org.rollcall.escalation.Trigger;
import org.rollcall.reports.ReportKind;
import org.rollcall.reports.ReportsSeed;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The reports screens in the browserless runner: the list, one report with its range, table and downloads, the
 * caller's authority only whatever the address says, every run audited, and unknown reports and refused ranges said
 * plainly. The clock is Wednesday 2 December 2026.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportViewIntegrationTests extends SpringBrowserlessTest {

    private static final String WEEK = "?from=2026-11-30&to=2026-12-02";

    @Autowired Escalations escalations;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired Attendance attendance;
    @Autowired Enrolment enrolment;

    private ReportsSeed.Seeded data;

    @BeforeAll
    void seed() {
        data = new ReportsSeed(directory, accounts, attendance, enrolment, jdbc).seed(users, contexts, "View Shire",
                "view", "943", "944");
        await().atMost(Duration.ofSeconds(30)).until(() -> escalations.find(data.ada(), ReportsSeed.WED,
                Trigger.EXCLUSION).isPresent());
    }

    @Test
    void theReportsListOffersEveryReportOverItsUsualRange() {
        SignIn.as(users, contexts, "view-a");
        ReportsView list = navigate(ReportsView.class);
        assertThat(list.getPageTitle()).isEqualTo("Reports for View Shire");
        List<RouterLink> links = find(RouterLink.class).all().stream()
                .filter(l -> l.getHref().startsWith("reports/")).toList();
        assertThat(links).extracting(RouterLink::getText).containsExactly(
                Arrays.stream(ReportKind.values()).map(ReportKind::label).toArray(String[]::new));
        assertThat(links.getFirst().getHref()).isEqualTo("reports/daily-absence?from=2026-12-02&to=2026-12-02");
    }

    @Test
    void aReportPageShowsTheTableTheRangeAndTheDownloadsOfTheCallersAuthorityOnly() {
        SignIn.as(users, contexts, "view-a");
        long runs = audit.count("RUN_REPORT", "authority", data.a().toString());
        ReportView page = open("reports/daily-absence" + WEEK);
        assertThat(page.heading.getText()).isEqualTo(
                "Daily absence — View Shire, 30 November 2026 to 2 December 2026");
        assertThat(page.getPageTitle()).isEqualTo(page.heading.getText());
        assertThat(page.from.getValue()).isEqualTo(ReportsSeed.MON);
        assertThat(page.to.getValue()).isEqualTo(ReportsSeed.WED);
        assertThat(page.grid.getColumns()).extracting(c -> c.getHeaderText()).startsWith("Date", "Child", "UPN");
        assertThat(page.grid.getGenericDataView().getItems().map(r -> r.get(1)).toList()).containsExactly(
                "Ben Archer", "Ada Zephyr", "Ada Zephyr", "Ada Zephyr");
        assertThat(page.downloads.getChildren().map(c -> ((Anchor) c).getText()))
                .containsExactly("Download CSV", "Download Excel (XLSX)", "Download PDF");
        assertThat(page.problem.isVisible()).isFalse();
        assertThat(audit.count("RUN_REPORT", "authority", data.a().toString())).isEqualTo(runs + 1);

        // Authority B types the same address: B's own report, never A's.
        SignIn.as(users, contexts, "view-b");
        ReportView theirs = open("reports/daily-absence" + WEEK);
        assertThat(theirs.heading.getText()).startsWith("Daily absence — Other View Shire");
        assertThat(theirs.grid.getGenericDataView().getItems().map(r -> r.get(1)).toList())
                .containsExactly("Zed Other");
        assertThat(audit.count("RUN_REPORT", "authority", data.a().toString())).isEqualTo(runs + 1);
    }

    @Test
    void unknownReportsAndRefusedRangesAreSaidPlainly() {
        SignIn.as(users, contexts, "view-a");
        assertThat(problem("reports/no-such-report")).isEqualTo(
                "There is no report called 'no-such-report'. Choose one from the list of all reports.");
        assertThat(problem("reports/daily-absence?from=2020-01-01&to=2026-12-02"))
                .contains("Rollcall keeps 3 years of history: choose a first day on or after 2 December 2023");
        assertThat(problem("reports/exclusions?from=2026-12-02&to=2026-11-30"))
                .contains("the range ends (2026-11-30) before it starts (2026-12-02)");
        assertThat(problem("reports/exclusions?from=last-monday")).contains("'last-monday' is not a date");
        ReportView usual = open("reports/upn-quality");
        assertThat(usual.heading.getText()).isEqualTo("UPN quality (SSDA903) — View Shire, 2 December 2026");
        assertThat(usual.problem.isVisible()).isFalse();
    }

    /** Opens an address as typed, query included (the runner's navigate takes a path only). */
    private ReportView open(String address) {
        int query = address.indexOf('?');
        String path = query < 0 ? address : address.substring(0, query);
        QueryParameters parameters = query < 0 ? QueryParameters.empty()
                : QueryParameters.fromString(address.substring(query + 1));
        UI.getCurrent().navigate(path, parameters);
        return find(ReportView.class).single();
    }

    private String problem(String address) {
        ReportView page = open(address);
        assertThat(page.problem.isVisible()).as(address).isTrue();
        assertThat(page.grid.isVisible()).as(address).isFalse();
        assertThat(page.downloads.isVisible()).as(address).isFalse();
        return page.problem.getText();
    }
}
