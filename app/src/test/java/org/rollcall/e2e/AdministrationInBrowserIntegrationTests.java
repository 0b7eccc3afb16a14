package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.directory.Urn;
import org.rollcall.directory.WindowPart;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

/**
 * In a real browser (ADR 0041): an admin finds a provision by part of its name, opens it by keyboard-reachable
 * "Edit", sees its sections, and opens its authority's screen, where it sets the authority's carer hours (refused
 * while they end before they start) and is told an unknown placeholder in a message's wording by name; axe-core finds
 * nothing serious on the four pages.
 * Screenshots of each page for docs/screenshots.
 */
@RollcallIntegrationTest
class AdministrationInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;

    @Test
    void anAdminFindsAProvisionAndAnAuthorityAndEveryPageIsAccessible() {
        AuthorityId authority = directory.createAuthority("Orgadmin Browser Borough", Nation.ENGLAND, "853");
        accounts.createUser("orgadmin-web", "Olu Admin", "web-password-oa", Role.ADMIN, null);
        directory.createProvision(new NewProvision("Kingfisher Primary", new Urn("853001"), ProvisionType.MAINSTREAM,
                Nation.ENGLAND, UkPhoneNumber.parse("01632 960853"), "Mrs Kingfisher", "heron", Frequency.DAILY,
                null, List.of(new CallWindow(null, LocalTime.of(9, 30), LocalTime.of(10, 0), WindowPart.MORNING),
                new CallWindow(null, LocalTime.of(13, 30), LocalTime.of(14, 0))), authority, null));
        directory.createProvision(new NewProvision("Kingfisher Learning Centre", null,
                ProvisionType.ALTERNATIVE_PROVISION, Nation.ENGLAND, UkPhoneNumber.parse("01632 960854"),
                "Mr Wren", null, Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(14, 0),
                LocalTime.of(14, 30))), authority, null));

        Page page = signIn("orgadmin-web", "web-password-oa");
        page.navigate(url("/admin/provisions"));
        page.locator("#provisions-search input").fill("kingfisher");
        page.keyboard().press("Enter");
        assertThat(page.locator("#provisions-total")).hasText("2 provisions");
        assertThat(page.locator("#provisions-grid")).containsText("853001");
        assertThat(page.locator("#provisions-grid")).containsText("Orgadmin Browser Borough");
        Axe.assertAccessible(page, "admin-provisions");
        screenshot(page, "admin-provisions");

        page.locator("#provisions-grid vaadin-button").first().click();
        assertThat(page.locator("h2")).hasText("Kingfisher Learning Centre");
        assertThat(page.locator("#provision-reference")).containsText("Rollcall reference RC");
        assertThat(page.getByText("No password is set.")).isVisible();
        Axe.assertAccessible(page, "admin-provision-edit");
        screenshot(page, "admin-provision-edit");

        page.navigate(url("/admin/authorities"));
        page.locator("#authorities-search input").fill("853");
        page.keyboard().press("Enter");
        assertThat(page.locator("#authorities-grid")).containsText("Orgadmin Browser Borough");
        Axe.assertAccessible(page, "admin-authorities");
        page.navigate(url("/admin/authorities/" + authority));
        assertThat(page.locator("h2")).hasText("Orgadmin Browser Borough (LA 853)");
        assertThat(page.getByText("Service scope and cohorts")).isVisible();

        // Carer calls: the authority's own hours, refused while they end before they start.
        page.locator("#carer-default").click();
        timeOf(page, "#carer-from", "12:00");
        timeOf(page, "#carer-until", "10:00");
        page.locator("#carer-attempts input").fill("2");
        page.locator("#carer-retry input").fill("5");
        page.getByText("Save carer calls").click();
        assertThat(page.locator("#carer-status")).hasText("Not saved: Carer calls: calls must stop after they "
                + "start; 10:00 is not after 12:00");
        timeOf(page, "#carer-from", "10:00");
        timeOf(page, "#carer-until", "12:00");
        page.getByText("Save carer calls").click();
        assertThat(page.locator("#carer-status")).hasText("Saved.");

        // Messages: a placeholder the kind does not have is named.
        page.locator("#wording-social-worker-notice vaadin-details-summary").click();
        page.locator("#wording-social-worker-notice vaadin-text-field input").fill("Absence of {child} at {shool}");
        page.locator("#wording-social-worker-notice").getByText("Save wording").click();
        assertThat(page.locator("#wording-status-social-worker-notice")).containsText("unknown placeholder "
                + "{shool}");
        Axe.assertAccessible(page, "admin-authority-edit");
        screenshot(page, "admin-authority-edit");
    }

    private static void timeOf(Page page, String picker, String time) {
        page.locator(picker + " input").fill(time);
        page.locator(picker + " input").press("Enter");
    }

    private static void screenshot(Page page, String name) {
        page.setViewportSize(1280, name.endsWith("edit") ? 2600 : 900);
        // The shell scrolls inside itself, so a full-page shot is only the viewport: make it as tall as the content.
        int tallest = ((Number) page.evaluate("Math.max(...Array.from(document.querySelectorAll('*'))"
                + ".map(e => e.scrollHeight))")).intValue();
        page.setViewportSize(1280, Math.max(tallest + 40, name.endsWith("edit") ? 2600 : 900));
        page.locator("h2").first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", name + "-full.png"))
                .setFullPage(true));
        page.setViewportSize(1280, 800);
    }
}
