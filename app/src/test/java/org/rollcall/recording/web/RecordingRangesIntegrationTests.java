package org.rollcall.recording.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.accounts.Accounts;
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
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Byte ranges on the recordings API over real HTTP (issue 18, item 5): a suffix range is the last bytes (206), a
 * range past the end or too large to be a number is a 416 problem detail with the size, never a stack trace.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"rollcall.demo.robot-operators=1"})
@ExtendWith(OutputCaptureExtension.class)
class RecordingRangesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallLog calls;
    @Autowired Recordings recordings;
    @Autowired RecordingStore store;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private CallSummary call;
    private byte[] wav;

    @BeforeAll
    void aRecordedCall() throws Exception {
        AuthorityId authority = directory.createAuthority("Range Borough", Nation.ENGLAND, "863");
        accounts.createUser("qa-ranges", "QA", "qa-ranges-password", Role.QA, null);
        call = RecordedCalls.recordedCallTo(calls, recordings, clock, RecordedCalls.school(directory, clock,
                authority, "Range School", "01632 960863"));
        try (InputStream in = store.open(new RecordingKey(call.id().value(), call.date()), null).stream()) {
            wav = in.readAllBytes();
        }
    }

    @Test
    void aSuffixRangeIsTheLastBytes() throws Exception {
        var answer = send("bytes=-100", HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(206);
        assertThat(answer.headers().firstValue("Content-Range")).hasValue("bytes " + (wav.length - 100) + "-"
                + (wav.length - 1) + "/" + wav.length);
        assertThat(answer.body()).isEqualTo(Arrays.copyOfRange(wav, wav.length - 100, wav.length));
    }

    @Test
    void aSuffixLongerThanTheRecordingIsTheWholeRecording() throws Exception {
        var answer = send("bytes=-" + (wav.length * 2L), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(206);
        assertThat(answer.headers().firstValue("Content-Range")).hasValue("bytes 0-" + (wav.length - 1) + "/"
                + wav.length);
        assertThat(answer.body()).isEqualTo(wav);
    }

    @Test
    void anOversizeRangeIs416AsAProblemWithNoStackTrace(CapturedOutput log) throws Exception {
        int before = log.getAll().length();

        var answer = send("bytes=99999999999999999999999-", HttpResponse.BodyHandlers.ofString());

        refused(answer);
        String logged = log.getAll().substring(before);
        assertThat(logged).doesNotContain("NumberFormatException").doesNotContain("\tat ");
    }

    @Test
    void aRangeStartingPastTheEndIs416AsAProblem() throws Exception {
        refused(send("bytes=" + (wav.length + 10) + "-", HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void anUnparsableByteRangeIs416AsAProblem() throws Exception {
        JsonNode problem = refused(send("bytes=abc-def", HttpResponse.BodyHandlers.ofString()));
        assertThat(problem.path("detail").stringValue()).contains("is not a byte range");
        refused(send("bytes=500-100", HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void aSpanStillWorksAndAnotherUnitIsTheWholeRecording() throws Exception {
        var span = send("bytes=0-43", HttpResponse.BodyHandlers.ofByteArray());
        assertThat(span.statusCode()).isEqualTo(206);
        assertThat(span.body()).isEqualTo(Arrays.copyOfRange(wav, 0, 44));

        var whole = send("items=0-1", HttpResponse.BodyHandlers.ofByteArray());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(wav);
    }

    private JsonNode refused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(416);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Content-Range")).hasValue("bytes */" + wav.length);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(416);
        assertThat(problem.path("detail").stringValue()).isNotBlank();
        return problem;
    }

    private <T> HttpResponse<T> send(String range, HttpResponse.BodyHandler<T> body) throws Exception {
        String basic = Base64.getEncoder().encodeToString("qa-ranges:qa-ranges-password"
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/recordings/" + call.id())).header("Authorization", "Basic " + basic)
                .header("Range", range).build(), body);
    }
}
