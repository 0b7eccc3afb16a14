package org.rollcall.recording.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.AuditLog;
import org.rollcall.accounts.Role;
import org.rollcall.calls.CallLog;
import org.rollcall.calls.CallSummary;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.recording.Recordings;
import org.rollcall.recordings.RecordingKey;
import org.rollcall.recordings.RecordingStore;
import org.rollcall.support.RecordedCalls;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The URL the review screen's audio element fetches ({@code /recordings/{callId}.wav}), over real HTTP with a
 * session from the real login form, as a browser does it.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
class SessionPlaybackIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired RecordingStore store;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private CallSummary call;
    private byte[] wav;

    @BeforeAll
    void aRecordedCall() throws Exception {
        AuthorityId authority = directory.createAuthority("Session Borough", Nation.ENGLAND, "847");
        accounts.createUser("qa-session", "QA", "qa-session-password", Role.QA, null);
        accounts.createUser("authority-session", "Authority user", "authority-session-password", Role.AUTHORITY,
                authority);
        call = RecordedCalls.recordedCallTo(calls, recordings, clock, RecordedCalls.school(directory, clock,
                authority, "Session School", "01632 960849"));
        try (InputStream in = store.open(new RecordingKey(call.id().value(), call.date()), null).stream()) {
            wav = in.readAllBytes();
        }
    }

    @Test
    void qaSignedInWithTheLoginFormSeeksWithARangeRequest() throws Exception {
        HttpClient browser = signedIn("qa-session");
        long plays = audit.count("PLAY_RECORDING", "call", call.id().toString());

        var answer = browser.send(recording().header("Range", "bytes=44-1067").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(206);
        assertThat(answer.headers().firstValue("Content-Range")).contains("bytes 44-1067/" + wav.length);
        assertThat(answer.headers().firstValue("Content-Type")).contains("audio/wav");
        assertThat(answer.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(answer.body()).isEqualTo(Arrays.copyOfRange(wav, 44, 1068));
        assertThat(audit.count("PLAY_RECORDING", "call", call.id().toString())).isEqualTo(plays + 1);
    }

    @Test
    void anAuthorityUserIsRefused() throws Exception {
        HttpClient browser = signedIn("authority-session");

        var answer = browser.send(recording().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("RIFF");
    }

    @Test
    void anAnonymousBrowserIsSentToTheLoginPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        var answer = browser.send(recording().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private HttpRequest.Builder recording() {
        return HttpRequest.newBuilder(url("/recordings/" + call.id() + ".wav")).GET();
    }

    /** A browser's way in: the login page (session cookie and CSRF token), then the form post. */
    private HttpClient signedIn(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = browser.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("a CSRF token in the login page").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(username + "-password") + "&_csrf="
                + encode(csrf.group(1));
        var login = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("signed in and sent on").isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .doesNotContain("error"));
        return browser;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
