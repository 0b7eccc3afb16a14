package org.rollcall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API error an RFC 9457 problem detail over real HTTP (issue 18, item 5): 400, 401, 403, 404 (an unknown id,
 * an unknown path), 405 and 406; JSON only; and the OpenAPI document's title, version, schemes and responses.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiProblemsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @LocalServerPort int port;

    private String bearer;
    private String qa;

    @BeforeAll
    void aTokenAndAStaffUser() {
        AuthorityId authority = directory.createAuthority("Problem Borough", Nation.ENGLAND, "862");
        bearer = "Bearer " + tokens.issue(authority, "problems test");
        accounts.createUser("qa-problems", "QA", "qa-problems-password", Role.QA, null);
        qa = "Basic " + Base64.getEncoder().encodeToString("qa-problems:qa-problems-password"
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noTokenIs401AsAProblemSayingHowToSignIn() throws Exception {
        var answer = send(request("/api/v1/attendance"));

        JsonNode problem = problem(answer, 401);
        assertThat(problem.path("detail").stringValue()).contains("Authorization: Bearer");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"Rollcall\"");
    }

    @Test
    void aWrongTokenOrPasswordIs401AsAProblem() throws Exception {
        problem(send(request("/api/v1/attendance").header("Authorization", "Bearer rc_no_such_token_at_all_here")),
                401);
        problem(send(request("/api/v1/calls/" + UUID.randomUUID()).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("qa-problems:wrong".getBytes(StandardCharsets.UTF_8)))), 401);
    }

    @Test
    void anAuthorityTokenOnStaffEndpointsIs403AsAProblem() throws Exception {
        JsonNode problem = problem(send(request("/api/v1/calls/" + UUID.randomUUID()).header("Authorization",
                bearer)), 403);
        assertThat(problem.path("detail").stringValue()).contains("your role may not use this endpoint");
    }

    @Test
    void anUnknownCallIdIs404WithADetail() throws Exception {
        UUID id = UUID.randomUUID();
        JsonNode problem = problem(send(request("/api/v1/calls/" + id).header("Authorization", qa)), 404);
        assertThat(problem.path("detail").stringValue()).isEqualTo("there is no call with id " + id);
        assertThat(problem.path("instance").stringValue()).isEqualTo("/api/v1/calls/" + id);
    }

    @Test
    void anUnknownApiPathIs404AsAProblemNotTheVaadinPage() throws Exception {
        for (String auth : List.of(bearer, qa)) {
            var answer = send(request("/api/v1/children/" + UUID.randomUUID()).header("Authorization", auth));
            JsonNode problem = problem(answer, 404);
            assertThat(problem.path("detail").stringValue()).startsWith("there is no API endpoint at /api/v1/children/");
            assertThat(answer.body()).doesNotContain("<html");
        }
        problem(send(request("/api/v2/attendance").header("Authorization", bearer)), 404);
    }

    @Test
    void aWrongMethodIs405AsAProblem() throws Exception {
        var answer = send(request("/api/v1/attendance").header("Authorization", bearer)
                .DELETE());
        problem(answer, 405);
        assertThat(answer.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET"));
    }

    @Test
    void xmlIsNotOfferedSoAnXmlOnlyClientGets406AsAProblem() throws Exception {
        var answer = send(request("/api/v1/attendance").header("Authorization", bearer)
                .header("Accept", "application/xml"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(406);
        assertThat(answer.body()).doesNotContain("<?xml").doesNotContain("<AttendanceResponse");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .doesNotContain("xml"));
    }

    @Test
    void badInputIs400AsAProblemSayingWhatIsAccepted() throws Exception {
        JsonNode problem = problem(send(request("/api/v1/attendance?date=23/11/2026").header("Authorization",
                bearer)), 400);
        assertThat(problem.path("detail").stringValue()).contains("use YYYY-MM-DD");
        problem(send(request("/api/v1/calls/not-a-uuid").header("Authorization", qa)), 400);
    }

    @Test
    void theOpenApiDocumentHasATitleVersionBothSchemesAndTheErrorResponses() throws Exception {
        var answer = send(request("/v3/api-docs"));
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(answer.body());

        assertThat(api.path("info").path("title").stringValue()).isEqualTo("Rollcall API");
        assertThat(api.path("info").path("version").stringValue()).matches("\\d+\\.\\d+\\.\\d+.*");
        JsonNode schemes = api.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("scheme").stringValue()).isEqualTo("bearer");
        assertThat(schemes.path("basic").path("scheme").stringValue()).isEqualTo("basic");
        List<String> statuses = new ArrayList<>();
        api.path("paths").path("/api/v1/attendance").path("get").path("responses").propertyNames()
                .forEach(statuses::add);
        assertThat(statuses).contains("200", "400", "401", "403", "404", "405", "406", "500");
        assertThat(api.path("paths").path("/api/v1/recordings/{callId}").path("get").path("responses")
                .has("416")).isTrue();
    }

    private static JsonNode problem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").stringValue()).isNotBlank();
        assertThat(problem.path("detail").stringValue()).isNotBlank();
        return problem;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
