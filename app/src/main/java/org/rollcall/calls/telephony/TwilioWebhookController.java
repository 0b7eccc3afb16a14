package org.rollcall.calls.telephony;

import java.security.Principal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.rollcall.telephony.twilio.TwilioTelephony;
import org.rollcall.telephony.twilio.WebhookResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Twilio's webhooks (checked against X-Twilio-Signature by the adapter, so no login) and the softphone token
 * (signed-in operators only). Present only when the provider is twilio.
 */
@RestController
@ConditionalOnProperty(name = "rollcall.telephony.provider", havingValue = "twilio")
@RequestMapping("/telephony/twilio")
class TwilioWebhookController {

    private final TwilioTelephony telephony;
    private final TwilioProperties properties;

    TwilioWebhookController(TwilioTelephony telephony, TwilioProperties properties) {
        this.telephony = telephony;
        this.properties = properties;
    }

    @PostMapping(path = "/{hook:voice|status|dial-complete|recording}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> webhook(@PathVariable String hook, HttpServletRequest request) {
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (request.getQueryString() == null || !request.getQueryString().contains(name + "=")) {
                params.put(name, values[0]);
            }
        });
        // The URL as Twilio requested it: our public base (e.g. a TLS proxy), not what reached this server.
        String url = properties.publicBaseUrl().toString().replaceAll("/$", "") + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        WebhookResponse answer = telephony.webhooks().handle(url, params, request.getHeader("X-Twilio-Signature"));
        return ResponseEntity.status(answer.status()).contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }

    @GetMapping("/token")
    ResponseEntity<Map<String, String>> token(Principal operator) {
        if (operator == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message",
                    "sign in as an operator to get a softphone token"));
        }
        return ResponseEntity.ok(Map.of("identity", operator.getName(), "token",
                telephony.accessToken(operator.getName(), Duration.ofHours(1))));
    }
}
