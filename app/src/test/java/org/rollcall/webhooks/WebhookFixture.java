package org.rollcall.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;

import org.rollcall.accounts.Accounts;
import org.rollcall.accounts.Role;
import org.rollcall.directory.AuthorityId;
import org.rollcall.directory.CallWindow;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An authority with a school (its call late at night, so the dialler leaves it be), a child and a user. */
public record WebhookFixture(AuthorityId authority, ProvisionId school, ChildId child, String user) {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public record Answer(int status, JsonNode json) {
    }

    public static WebhookFixture create(DirectoryAdmin directory, Accounts accounts, String name, String laCode,
                                 String phone, LocalDate today) {
        AuthorityId authority = directory.createAuthority(name, Nation.ENGLAND, laCode);
        ProvisionId school = directory.createProvision(new NewProvision(name + " School", null,
                ProvisionType.MAINSTREAM, Nation.ENGLAND, UkPhoneNumber.parse(phone), "Mrs Office", null,
                Frequency.DAILY, null, List.of(new CallWindow(null, LocalTime.of(23, 0), LocalTime.of(23, 30)))));
        ChildId child = directory.createChild(new NewChild(authority, null, "Robin", "Hookes", today.minusYears(9),
                4, Cohort.LAC, true, SenStatus.NONE));
        directory.place(child, school, PlacementKind.ON_ROLL, today.minusDays(30));
        String user = "wh-" + laCode;
        accounts.createUser(user, name + " user", user + "-password", Role.AUTHORITY, authority);
        return new WebhookFixture(authority, school, child, user);
    }

    public Answer send(int port, String method, String path, String json) throws Exception {
        return send(port, method, path, json, "Basic " + Base64.getEncoder().encodeToString((user + ":" + user
                + "-password").getBytes(StandardCharsets.UTF_8)));
    }

    public static Answer send(int port, String method, String path, String json, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), body == null || body.isBlank() ? null : JSON.readTree(body));
    }
}
