package org.rollcall.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.DirectoryAdmin;
import org.rollcall.directory.Nation;
import org.rollcall.workspace.CallScripts;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An authority's call script over real HTTP: administrators only; the default until one is set; unknown
 * placeholders, a blank recording notice and over-long parts refused as a problem naming each, with nothing stored.
 */
@RollcallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallScriptApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PATH = "/api/v1/admin/authorities/871/script";

    @LocalServerPort int port;
    @Autowired DirectoryAdmin directory;
    @Autowired Accounts accounts;
    @Autowired CallScripts scripts;

    private final HttpClient http = HttpClient.newHttpClient();
    private AuthorityId authority;

    record Answer(int status, String contentType, JsonNode json) {
    }

    @BeforeAll
    void setUp() {
        authority = directory.createAuthority("Scripted Borough", Nation.ENGLAND, "871");
        accounts.createUser("script-admin", "Script Admin", "script-admin-1", Role.ADMIN, null);
        accounts.createUser("script-op", "Script Operator", "script-op-1", Role.OPERATOR, null);
    }

    @Test
    void onlyAdministratorsMayReadOrSetAScript() throws Exception {
        assertThat(send("GET", PATH, null, null).status()).isEqualTo(401);
        assertThat(send("GET", PATH, "script-op", null).status()).isEqualTo(403);
        assertThat(send("PUT", PATH, "script-op", "{\"recordingNotice\": \"Recorded.\"}").status()).isEqualTo(403);
        Answer unknown = send("GET", "/api/v1/admin/authorities/998/script", "script-admin", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("detail").stringValue()).startsWith("no authority has id or LA number '998'");
    }

    @Test
    void badScriptsAreRefusedNamingEveryProblemAndNothingIsStoredThenAGoodOneIsShownAsSet() throws Exception {
        Answer before = send("GET", PATH, "script-admin", null);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().path("own").asBoolean()).isFalse();
        assertThat(before.json().path("recordingNotice").stringValue())
                .isEqualTo("This call is recorded for quality and record-keeping.");
        assertThat(before.json().path("placeholders").has("children")).isTrue();

        Answer refused = send("PUT", PATH, "script-admin", """
                {"greeting": "Hello {schoolName}", "callingFor": "%s", "recordingNotice": "  ",
                 "questions": "Codes for {children}?"}""".formatted("x".repeat(501)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("title").stringValue()).isEqualTo("Refused: nothing was stored");
        assertThat(refused.json().path("problems").toString())
                .contains("the greeting has an unknown placeholder {schoolName}: use {school}")
                .contains("who we are calling for is 501 characters long: keep it to 500")
                .contains("the recording notice is empty: every call must say it is recorded");
        assertThat(scripts.get(authority).own()).isFalse();

        Answer set = send("PUT", PATH, "script-admin", """
                {"greeting": "Good afternoon, {contact}.", "callingFor": "Calling for {authority}.",
                 "recordingNotice": "We record this call.", "questions": "Codes for {children}?\\nAny leavers?"}""");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("own").asBoolean()).isTrue();
        assertThat(set.json().path("updatedBy").stringValue()).isEqualTo("script-admin");
        Answer after = send("GET", PATH, "script-admin", null);
        assertThat(after.json().path("greeting").stringValue()).isEqualTo("Good afternoon, {contact}.");
        assertThat(after.json().path("questions").stringValue()).isEqualTo("Codes for {children}?\nAny leavers?");
        assertThat(scripts.get(authority).script().recordingNotice()).isEqualTo("We record this call.");
    }

    private Answer send(String method, String path, String user, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + user + "-1").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body().isBlank() ? null : JSON.readTree(response.body()));
    }
}
