package org.rollcall.calls.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rollcall.calls.DiallerStatus;
import org.rollcall.support.RollcallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operations staff see the telephony health (the asterisk component, DOWN with its reason) without a login, on the
 * management port, over real HTTP; the main port gives load balancers only the status-only probes, which stay UP
 * while the PBX is down, and never the components. The app runs against a stand-in PBX over real TCP.
 */
@RollcallIntegrationTest
class OperationsHealthIntegrationTests {

    private static final FakeAmi PBX = start();

    @DynamicPropertySource
    static void asterisk(DynamicPropertyRegistry registry) {
        registry.add("rollcall.telephony.provider", () -> "asterisk");
        registry.add("rollcall.telephony.asterisk.host", () -> "127.0.0.1");
        registry.add("rollcall.telephony.asterisk.port", PBX::port);
        registry.add("rollcall.telephony.asterisk.username", () -> "rollcall");
        registry.add("rollcall.telephony.asterisk.password", () -> "secret");
    }

    @LocalManagementPort int managementPort;
    @LocalServerPort int serverPort;
    @Autowired DiallerStatus dialler;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterAll
    static void stopPbx() throws IOException {
        PBX.close();
    }

    @Test
    void theAsteriskComponentIsVisibleWithoutALoginOnTheManagementPortAndDownWhileThePbxIsGone() throws Exception {
        assertThat(managementPort).as("a port of its own").isNotEqualTo(serverPort);
        var health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode components = JSON.readTree(health.body()).get("components");
        assertThat(components.at("/asterisk/status").asString()).isEqualTo("UP");
        assertThat(components.at("/asterisk/details/ami").asString()).isEqualTo("127.0.0.1:" + PBX.port());
        assertThat(components.at("/db/status").asString()).isEqualTo("UP");
        assertThat(dialler.pause()).isEmpty();

        PBX.close();
        await("asterisk DOWN").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(managementPort, "/actuator/health/asterisk").statusCode() == 503);
        JsonNode asterisk = JSON.readTree(get(managementPort, "/actuator/health/asterisk").body());
        assertThat(asterisk.at("/status").asString()).isEqualTo("DOWN");
        assertThat(asterisk.at("/details/reason").asString()).contains("AMI connection lost");
        JsonNode all = JSON.readTree(get(managementPort, "/actuator/health").body());
        assertThat(all.at("/status").asString()).isEqualTo("DOWN");
        assertThat(all.at("/components/asterisk/status").asString()).isEqualTo("DOWN");
        await("the dialler paused").atMost(Duration.ofSeconds(10)).until(() -> dialler.pause().isPresent());
        assertThat(dialler.pause().orElseThrow().provider()).isEqualTo("asterisk");

        // The main port: the probes for load balancers stay UP (operators must still see "paused"), no components.
        for (String probe : new String[] {"/readyz", "/livez"}) {
            var answer = get(serverPort, probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("asterisk");
        }
        for (String path : new String[] {"/actuator/health", "/actuator/health/asterisk"}) {
            var mainPort = get(serverPort, path);
            assertThat(mainPort.statusCode()).as(path + " on the main port: not there, and no login page either")
                    .isEqualTo(404);
            assertThat(mainPort.body()).doesNotContain("AMI connection lost");
        }
        assertThat(get(managementPort, "/actuator/env").statusCode()).as("only health and info exposed")
                .isEqualTo(404);
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static FakeAmi start() {
        try {
            return new FakeAmi(false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
