package org.rollcall.qa.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

/**
 * QA opens a call whose recording holds no audio evidence (here: the minimum is set beyond any robot's call): no
 * player, a plain sentence saying so, and no mark to jump to.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.recording.min-audio=1h"})
class LostRecordingReviewIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired Clock clock;

    private CallSummary call;

    @BeforeAll
    void aCallWithoutAudio() {
        accounts.createUser("qa-lost", "QA reviewer", "qa-lost-password", Role.QA, null);
        AuthorityId authority = directory.createAuthority("Silent Borough", Nation.ENGLAND, "867");
        ProvisionId school = RecordedCalls.school(directory, clock, authority, "Silent Primary", "01632 960867");
        call = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> calls
                .onDate(LocalDate.now(clock)).stream().filter(c -> c.provisionId().equals(school)
                        && c.outcome() == CallOutcome.COMPLETED).findFirst(), Optional::isPresent).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> recordings.forCall(call.id().value())
                .filter(r -> r.status() == RecordingStatus.LOST).isPresent());
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, "qa-lost");
    }

    @Test
    void theReviewSaysThereIsNoAudioEvidenceAndOffersNothingToPlayOrJumpTo() {
        CallReviewView view = navigate("calls/" + call.id(), CallReviewView.class);
        assertThat(view.recordingStatus.getText()).startsWith("Recording lost: only ")
                .contains("of audio was written, less than the 1 h a recording needs (rollcall.recording.min-audio)");
        assertThat(view.audio).as("no player").isNull();
        assertThat(view.getChildren().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(p -> "no-audio-evidence".equals(p.getId().orElse(null))).findFirst()).hasValueSatisfying(p ->
                assertThat(p.getText()).isEqualTo("There is no audio evidence of this call: the marks below were taken on it, but there is "
                        + "no recording to check them against."));
        var grid = test(view.marks);
        assertThat(grid.size()).isEqualTo(2);
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getCellText(row, 4)).as("where the mark falls").isEqualTo("no audio");
            Button jump = (Button) grid.getCellComponent(row, 5);
            assertThat(jump.getText()).isEqualTo("Jump to");
            assertThat(jump.isEnabled()).isFalse();
            assertThat(jump.getTooltip().getText()).startsWith("No audio evidence: the recording was lost (only ");
        }
    }
}
