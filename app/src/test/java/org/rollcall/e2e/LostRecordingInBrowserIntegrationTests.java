package org.rollcall.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallOutcome;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.directory.ProvisionId;
import org.rollcall.recording.RecordingStatus;
import org.rollcall.recording.Recordings;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A QA reviewer opens, in Chromium, a call whose recording holds no audio: said in words, nothing to play or jump to. */
@RollcallIntegrationTest
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.recording.min-audio=1h"})
class LostRecordingInBrowserIntegrationTests extends InBrowser {

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired Clock clock;

    @Test
    void theReviewerReadsThatThereIsNoAudioEvidence() {
        accounts.createUser("qa-lost-browser", "QA Lost", "qa-lost-browser-1", Role.QA, null);
        AuthorityId authority = directory.createAuthority("Quiet Borough", Nation.ENGLAND, "868");
        ProvisionId school = RecordedCalls.school(directory, clock, authority, "Quiet Primary", "01632 960868");
        CallSummary call = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> calls
                .onDate(LocalDate.now(clock)).stream().filter(c -> c.provisionId().equals(school)
                        && c.outcome() == CallOutcome.COMPLETED).findFirst(), Optional::isPresent).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> recordings.forCall(call.id().value())
                .filter(r -> r.status() == RecordingStatus.LOST).isPresent());

        Page page = signIn("qa-lost-browser", "qa-lost-browser-1");
        page.navigate(url("/calls/" + call.id()));
        assertThat(page.locator("#recording-status")).containsText("Recording lost: only ");
        assertThat(page.locator("#recording-status")).containsText("less than the 1 h a recording needs");
        assertThat(page.locator("#no-audio-evidence")).hasText("There is no audio evidence of this call: the marks "
                + "below were taken on it, but there is no recording to check them against.");
        assertThat(page.locator("audio")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jump to")).first())
                .isDisabled();
        Axe.assertAccessible(page, "call-review-lost-recording");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e", "call-review-lost.png"))
                .setFullPage(true));
    }
}
