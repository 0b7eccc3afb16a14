package org.rollcall.qa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.recording.Recordings;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;

/** QA opens a robot-taken call: the recording is playable and each mark can be jumped to. */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class CallReviewIntegrationTests extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy contexts;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired Clock clock;

    private CallSummary call;

    @BeforeAll
    void aRecordedCall() {
        accounts.createUser("qa-review", "QA reviewer", "qa-review-password", Role.QA, null);
        AuthorityId authority = directory.createAuthority("Review Borough", Nation.ENGLAND, "866");
        call = RecordedCalls.recordedCallTo(calls, recordings, clock,
                RecordedCalls.school(directory, clock, authority, "Review Primary", "01632 960866"));
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, contexts, "qa-review");
    }

    @Test
    void theReviewShowsThePlayerAndTheMarksToJumpTo() {
        CallReviewView view = navigate("calls/" + call.id(), CallReviewView.class);
        assertThat(view.recordingStatus.getText()).startsWith("Recording stored").contains("SHA-256");
        assertThat(view.audio).isNotNull();
        assertThat(view.audio.getElement().getAttribute("src")).isEqualTo("recordings/" + call.id() + ".wav");
        assertThat(view.audio.getElement().hasAttribute("controls")).isTrue();
        assertThat(view.marks.getGenericDataView().getItems().toList()).hasSize(2)
                .allSatisfy(m -> assertThat(m.offsetSeconds()).isNotNull());
    }
}
