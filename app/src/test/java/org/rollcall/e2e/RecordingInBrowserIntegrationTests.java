package org.rollcall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.recording.RecordingInfo;
import org.rollcall.recording.Recordings;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;

/**
 * In a real browser: a QA reviewer opens a robot-taken call, the audio element loads the stored WAV through range
 * requests, and "Jump to" seeks to the moment a mark was taken and plays from there. The playback is audited.
 */
@RollcallIntegrationTest
// A robot that takes its time, so the recording is long enough to seek in.
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1", "rollcall.demo.robot-think-time=1s"})
class RecordingInBrowserIntegrationTests extends InBrowser {

    private static final String AUDIO = "document.querySelector('audio')";

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired org.rollcall.attendance.Attendance attendance;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void qaPlaysARecordingAndJumpsToAMark() {
        accounts.createUser("qa-browser", "QA in a browser", "qa-browser-password", Role.QA, null);
        AuthorityId authority = directory.createAuthority("Player Borough", Nation.ENGLAND, "813");
        CallSummary call = RecordedCalls.recordedCallTo(calls, recordings, clock,
                RecordedCalls.school(directory, clock, authority, "Player Primary", "01632 960813"));
        RecordingInfo recording = recordings.forCall(call.id().value()).orElseThrow();

        Page page = signIn("qa-browser", "qa-browser-password");
        List<Integer> recordingResponses = new CopyOnWriteArrayList<>();
        page.onResponse(r -> {
            if (r.url().contains("/recordings/" + call.id())) {
                recordingResponses.add(r.status());
            }
        });
        page.waitForURL(url -> !url.contains("login"));
        page.navigate("http://localhost:" + port + "/calls/review/" + call.id());

        // The browser has read the WAV header: its length is the stored recording's.
        waitFor(page, AUDIO + " !== null && " + AUDIO + ".readyState >= 1 && isFinite(" + AUDIO + ".duration)",
                recordingResponses);
        double duration = ((Number) page.evaluate(AUDIO + ".duration")).doubleValue();
        assertThat(duration).isCloseTo(recording.durationMillis() / 1000.0,
                org.assertj.core.api.Assertions.within(0.5));

        // Jump to the last mark: the player seeks to the mark's moment and plays from there.
        int offset = attendance.marksForCall(call.id().value()).getLast().offsetSeconds();
        assertThat(offset).as("the last mark's offset").isPositive();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Jump to")).last().click();
        waitFor(page, AUDIO + ".played.length > 0 && " + AUDIO + ".currentTime >= " + offset, recordingResponses);
        assertThat(recordingResponses).as("statuses of the recording's requests").isNotEmpty()
                .allSatisfy(status -> assertThat(status).isIn(200, 206)).contains(206);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = 'qa-browser' AND action = 'PLAY_RECORDING' "
                + "AND subject_id = ?").param(call.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    /** Waits for a condition in the page; on timeout says what the player was doing. */
    private static void waitFor(Page page, String condition, List<Integer> responses) {
        try {
            page.waitForFunction(condition);
        } catch (com.microsoft.playwright.TimeoutError e) {
            Object state = page.evaluate("(() => { const a = " + AUDIO + "; return a === null ? 'no audio element' "
                    + ": JSON.stringify({src: a.currentSrc, readyState: a.readyState, networkState: a.networkState, "
                    + "error: a.error && (a.error.code + ' ' + a.error.message), paused: a.paused, "
                    + "currentTime: a.currentTime, duration: a.duration}); })()");
            throw new AssertionError("waited for " + condition + "; player: " + state + "; responses for the "
                    + "recording: " + responses + "; page: " + page.url(), e);
        }
    }
}
