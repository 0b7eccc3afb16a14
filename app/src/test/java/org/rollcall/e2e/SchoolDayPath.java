package org.rollcall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rollcall.support.TestTimes.openNow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.attendance.Attendance;
import org.rollcall.attendance.Mark;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.ChildId;
import org.rollcall.directory.Cohort;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Frequency;
import org.rollcall.directory.Nation;
import org.rollcall.directory.NewChild;
import org.rollcall.directory.NewProvision;
import org.rollcall.directory.PlacementKind;
import org.rollcall.directory.ProvisionId;
import org.rollcall.directory.ProvisionType;
import org.rollcall.directory.SenStatus;
import org.rollcall.directory.UkPhoneNumber;
import org.rollcall.platform.ClockMode;
import org.rollcall.recording.RecordingInfo;
import org.rollcall.recording.Recordings;
import org.rollcall.support.RecordedCalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One school's call from its window to the extranet, run whole under a given app clock (subclasses set
 * {@code rollcall.platform.clock-start}): every time the call, its marks, its recording and the extranet show must
 * come from that one clock, so they agree with each other whatever the machine's day and hour. Then, in a real
 * browser, QA plays the recording and jumps to the last mark's moment in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchoolDayPath {

    private static final String AUDIO = "document.querySelector('audio')";

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired Attendance attendance;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ClockMode clockMode;
    @LocalServerPort int port;

    private Instant began;
    private LocalDate dayBegun;
    private String token;
    private List<ChildId> children;
    private CallSummary call;

    @BeforeAll
    void aRobotCallsTheSchool() {
        began = clock.instant();
        dayBegun = LocalDate.now(clock);
        AuthorityId authority = directory.createAuthority("Clockwise", Nation.ENGLAND, "814");
        token = tokens.issue(authority, "path");
        accounts.createUser("qa-path", "QA reviewer", "qa-path-password", Role.QA, null);
        ProvisionId school = directory.createProvision(new NewProvision("Clockwise Primary", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse("01632 960814"), "Mr Hands", null,
                Frequency.DAILY, null, openNow(clock)));
        children = List.of(child(authority, "Ada"), child(authority, "Bo"), child(authority, "Cy"));
        children.forEach(c -> directory.place(c, school, PlacementKind.ON_ROLL, dayBegun.minusDays(7)));
        call = RecordedCalls.recordedCallTo(calls, recordings, clock, school);
    }

    @Test
    void theCallsTimesMarksRecordingAndExtranetAllComeFromOneClock() throws Exception {
        Instant now = clock.instant();
        // Planned for a school day on the app clock: the day the test began, or the next if it crossed midnight.
        assertThat(call.date()).isIn(dayBegun, dayBegun.plusDays(1));
        assertThat(call.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(List.of(call.offeredAt(), call.placedAt(), call.answeredAt(), call.bridgedAt(), call.endedAt()))
                .as("offered, placed, answered, bridged and ended on the app clock, in that order")
                .isSorted().allSatisfy(t -> assertThat(t).isBetween(began, now));
        assertThat(call.talkSeconds()).isCloseTo((int) Duration.between(call.bridgedAt(), call.endedAt())
                .toSeconds(), within(1));

        RecordingInfo recording = recordings.forCall(call.id().value()).orElseThrow();
        assertThat(recording.storageKey()).startsWith("recordings/%04d/%02d/%02d/".formatted(call.date().getYear(),
                call.date().getMonthValue(), call.date().getDayOfMonth()));
        assertThat(recording.durationMillis() / 1000.0).isCloseTo(call.talkSeconds(), within(1.5));

        List<Mark> marks = attendance.marksForCall(call.id().value());
        assertThat(marks).hasSize(6).extracting(Mark::childId).containsOnlyElementsOf(children);
        assertThat(marks).allSatisfy(m -> {
            assertThat(m.date()).isEqualTo(call.date());
            assertThat(m.recordedAt()).isBetween(call.bridgedAt(), call.endedAt());
            // The offset is the mark's moment in the recording: inside it, and where the clock says it was.
            assertThat(m.offsetSeconds()).isBetween(0, (int) Math.ceil(recording.durationMillis() / 1000.0));
            assertThat((double) m.offsetSeconds()).isCloseTo(Duration.between(call.bridgedAt(), m.recordedAt())
                    .toMillis() / 1000.0, within(1.5));
        });

        JsonNode answer = new ObjectMapper().readTree(get("/api/v1/attendance?date=" + call.date()));
        assertThat(answer.get("date").asString()).isEqualTo(call.date().toString());
        assertThat(answer.get("today").asString()).isEqualTo(LocalDate.now(clock).toString());
        clockMode.notice().ifPresentOrElse(notice -> assertThat(answer.get("clock").asString()).isEqualTo(notice),
                () -> assertThat(answer.get("clock").isNull()).isTrue());
        assertThat(answer.get("children")).hasSize(3);
        answer.get("children").forEach(c -> assertThat(c.get("am").asString()).isNotBlank());
        assertThat(jdbc.sql("SELECT min(at) FROM audit_log").query(java.sql.Timestamp.class).single().toInstant())
                .as("audit entries are stamped by the app clock").isAfterOrEqualTo(began);
    }

    @Test
    void qaPlaysTheRecordingAndJumpsToTheLastMark() {
        RecordingInfo recording = recordings.forCall(call.id().value()).orElseThrow();
        int offset = attendance.marksForCall(call.id().value()).getLast().offsetSeconds();
        assertThat(offset).as("the last mark's offset").isPositive();
        try (BrowserSession browser = BrowserSession.start()) {
            Page page = browser.signIn(port, "qa-path", "qa-path-password");
            List<Integer> responses = new CopyOnWriteArrayList<>();
            page.onResponse(r -> {
                if (r.url().contains("/recordings/" + call.id())) {
                    responses.add(r.status());
                }
            });
            page.waitForURL(url -> !url.contains("login"));
            page.navigate("http://localhost:" + port + "/calls/" + call.id());

            // The browser has read the WAV header: its length is the stored recording's.
            waitFor(page, AUDIO + " !== null && " + AUDIO + ".readyState >= 1 && isFinite(" + AUDIO + ".duration)",
                    responses);
            double duration = ((Number) page.evaluate(AUDIO + ".duration")).doubleValue();
            assertThat(duration).isCloseTo(recording.durationMillis() / 1000.0, within(0.5));

            // Jump to the last mark: the player seeks to the mark's moment, inside the recording, and plays.
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Jump to")).last().click();
            waitFor(page, AUDIO + ".played.length > 0 && " + AUDIO + ".currentTime >= " + offset, responses);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e",
                    "review-" + getClass().getSimpleName() + ".png")).setFullPage(true));
            assertThat(responses).as("statuses of the recording's requests").isNotEmpty()
                    .allSatisfy(status -> assertThat(status).isIn(200, 206)).contains(206);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = 'qa-path' AND action = "
                    + "'PLAY_RECORDING' AND subject_id = ?").param(call.id().toString()).query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    private ChildId child(AuthorityId authority, String name) {
        return directory.createChild(new NewChild(authority, null, name, "Tick", dayBegun.minusYears(8), 3,
                Cohort.LAC, true, SenStatus.NONE));
    }

    private String get(String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
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
