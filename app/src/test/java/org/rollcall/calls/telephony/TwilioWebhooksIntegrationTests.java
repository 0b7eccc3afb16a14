package org.rollcall.calls.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.rollcall.support.RollcallIntegrationTest;
import org.rollcall.telephony.Telephony;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With provider=twilio the app takes Twilio's webhooks over HTTP, checking signatures against the public URL. */
@RollcallIntegrationTest
@TestPropertySource(properties = {
        "rollcall.telephony.provider=twilio",
        "rollcall.telephony.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
        "rollcall.telephony.twilio.auth-token=token-for-webhook-tests",
        "rollcall.telephony.twilio.caller-id=+441632960000",
        "rollcall.telephony.twilio.public-base-url=https://rollcall.example.org"})
class TwilioWebhooksIntegrationTests {

    private static final String PUBLIC = "https://rollcall.example.org";

    @Autowired Telephony telephony;
    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theWholeAppSwitchesToTwilioAndRefusesUnsignedWebhooks() throws Exception {
        assertThat(telephony.providerName()).isEqualTo("twilio");
        String path = "/telephony/twilio/status?callId=" + UUID.randomUUID() + "&leg=operator";
        Map<String, String> form = Map.of("CallStatus", "completed", "CallSid", "CA1");

        assertThat(post(path, form, null).statusCode()).isEqualTo(403);
        assertThat(post(path, form, sign("http://localhost:" + port + path, form)).statusCode())
                .as("signed for the internal URL, not the public one").isEqualTo(403);
        assertThat(post(path, form, sign(PUBLIC + path, form)).statusCode()).isEqualTo(200);
    }

    @Test
    void softphoneTokensAreForSignedInOperatorsOnly() throws Exception {
        var anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/telephony/twilio/token")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String signature) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String url, Map<String, String> params) throws Exception {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("token-for-webhook-tests".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
