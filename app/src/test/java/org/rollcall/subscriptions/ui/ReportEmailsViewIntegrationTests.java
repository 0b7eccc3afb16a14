package org.rollcall.subscriptions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.platform.ui.HumanDates;
import org.rollcall.reports.ReportKind;
import org.rollcall.subscriptions.ReportEmailSettings;
import org.rollcall.subscriptions.ReportFrequency;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;

/**
 * The "Report emails" screen, browserless: titled with the authority and the day, adds a weekly email from the form
 * (report chosen by its name), shows human labels only, pauses, resumes and stops a row, shows a refusal as a message,
 * and another authority's user sees none of it.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportEmailsViewIntegrationTests extends SpringBrowserlessTest {

    private static final String DOMAIN = "view-shire.example.gov.uk";

    @Autowired DirectoryAdmin directoryAdmin;
    @Autowired Accounts accounts;
    @Autowired ReportEmailSettings settings;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired Clock clock;

    @BeforeAll
    void anAuthorityWithItsDomainAndTwoUsers() {
        AuthorityId shire = directoryAdmin.createAuthority("Viewing Shire", Nation.ENGLAND, "979");
        AuthorityId other = directoryAdmin.createAuthority("Viewing Borough", Nation.ENGLAND, "980");
        settings.setAllowedDomains(shire, List.of(DOMAIN), "test admin");
        settings.setAllowedDomains(other, List.of("view-borough.example.gov.uk"), "test admin");
        accounts.createUser("view-la", "Viewing VSH", "view-la-1", Role.AUTHORITY, shire);
        accounts.createUser("view-other", "Borough VSH", "view-other-1", Role.AUTHORITY, other);
    }

    @AfterAll
    void signOut() {
        contexts.clearContext();
    }

    @Test
    void anAuthorityUserAddsPausesResumesAndStopsAReportEmailAndAnotherAuthoritySeesNone() {
        SignIn.as(users, contexts, "view-la");
        LocalDate today = LocalDate.now(clock);
        ReportEmailsView view = navigate(ReportEmailsView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Report emails · Viewing Shire");
        assertThat(view.getPageTitle()).isEqualTo("Report emails · Viewing Shire · " + HumanDates.day(today));
        assertThat(view.status.getText()).isEqualTo("No report emails yet: add one below.");
        // Users have no address on record: the field says which domain an address must have.
        assertThat(view.form.address.getPlaceholder()).isEqualTo("name@" + DOMAIN);
        assertThat(view.form.address.getHelperText()).contains("@" + DOMAIN);
        view.form.address.setValue("Head@" + DOMAIN);
        assertThat(view.form.weekday.isVisible()).isFalse();

        view.form.report.setValue(ReportKind.WEEKLY_SUMMARY);
        view.form.frequency.setValue(ReportFrequency.WEEKLY);
        assertThat(view.form.weekday.isVisible()).isTrue();
        view.form.weekday.setValue(DayOfWeek.FRIDAY);
        test(view.form.add).click();
        LocalDate friday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        assertThat(view.status.getText()).isEqualTo("Weekly attendance summary will be emailed to head@" + DOMAIN
                + " every Friday, first on " + HumanDates.day(friday) + ".");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(cells(view)).containsExactly("Weekly attendance summary", "head@" + DOMAIN, "Every Friday",
                HumanDates.day(friday) + " at 16:30");

        // A refusal is shown as a message, and nothing is added.
        view.form.report.setValue(ReportKind.EXCLUSIONS);
        view.form.frequency.setValue(ReportFrequency.DAILY);
        view.form.address.setValue("colleague@" + DOMAIN + ".evil.com");
        test(view.form.add).click();
        assertThat(view.status.getText()).contains("Report emails go only to your authority's addresses")
                .contains(DOMAIN);
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(button(view, "Pause Weekly attendance summary to head@" + DOMAIN)).click();
        assertThat(cells(view).get(3)).isEqualTo("Paused: none until resumed");
        test(button(view, "Resume Weekly attendance summary to head@" + DOMAIN)).click();
        assertThat(cells(view).get(3)).isEqualTo(HumanDates.day(friday) + " at 16:30");

        SignIn.as(users, contexts, "view-other");
        navigate(org.rollcall.extranet.ui.ExtranetView.class); // away, so the screen is made afresh for this user
        ReportEmailsView theirs = navigate(ReportEmailsView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Report emails · Viewing Borough");
        assertThat(theirs.grid.getGenericDataView().getItems().count()).isZero();
        assertThat(theirs.form.address.getPlaceholder()).isEqualTo("name@view-borough.example.gov.uk");

        SignIn.as(users, contexts, "view-la");
        navigate(org.rollcall.extranet.ui.ExtranetView.class);
        view = navigate(ReportEmailsView.class);
        test(button(view, "Stop emailing Weekly attendance summary to head@" + DOMAIN)).click();
        assertThat(view.status.getText()).isEqualTo("Stopped: Weekly attendance summary to head@" + DOMAIN + ".");
        assertThat(view.grid.getGenericDataView().getItems().count()).isZero();
    }

    private List<String> cells(ReportEmailsView view) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            cells.add(test(view.grid).getCellText(0, c));
        }
        // Human labels only: no enum names.
        assertThat(String.join(" ", cells)).doesNotContain("WEEKLY", "DAILY", "WEEKLY_SUMMARY", "FRIDAY");
        return cells;
    }

    private Button button(ReportEmailsView view, String ariaLabel) {
        return test(view.grid).getCellComponent(0, 4).getChildren().map(Button.class::cast)
                .filter(b -> ariaLabel.equals(b.getElement().getAttribute("aria-label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + ariaLabel));
    }
}
