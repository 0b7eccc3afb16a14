package org.rollcall.webhooks.web;

import java.util.List;

import org.rollcall.platform.web.BadRequestException;
import org.rollcall.platform.web.Page;
import org.rollcall.platform.web.PageRequest;
import org.rollcall.webhooks.DeliveryId;
import org.rollcall.webhooks.SubscriptionId;
import org.rollcall.webhooks.Webhooks;
import org.rollcall.webhooks.Webhooks.Delivery;
import org.rollcall.webhooks.Webhooks.NewSubscription;
import org.rollcall.webhooks.Webhooks.Subscription;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** An authority user's webhooks (HTTP Basic, role Authority user): their own authority's only (ADR 0022). */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {

    /** @param events any of mark.recorded, absence.recorded, exclusion.recorded, child.not-on-roll */
    record SubscribeBody(String url, List<String> events) {
    }

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "Subscribes an https address to events; the answer holds the signing secret, shown only "
            + "this once")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NewSubscription subscribe(@RequestBody SubscribeBody body) {
        if (body == null) {
            throw new BadRequestException("the body is missing: send {\"url\": \"https://…\", \"events\": "
                    + "[\"absence.recorded\"]}");
        }
        return webhooks.subscribe(body.url(), body.events());
    }

    @Operation(summary = "The authority's subscriptions, oldest first (secrets are never shown again)")
    @GetMapping
    List<Subscription> subscriptions() {
        return webhooks.subscriptions();
    }

    @Operation(summary = "Deletes a subscription; its deliveries still waiting are not sent")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(@PathVariable String id) {
        webhooks.unsubscribe(new SubscriptionId(BadRequestException.uuid(id, "a subscription id")));
    }

    @Operation(summary = "The delivery log, newest first: event, address, attempts, the receiver's last status "
            + "code, the last error and the times")
    @GetMapping("/deliveries")
    Page<Delivery> deliveries(@Parameter(description = "Page from 0 (default 0)")
                              @RequestParam(required = false) String page,
                              @Parameter(description = "Items per page, 1 to 500 (default 100)")
                              @RequestParam(required = false) String size) {
        return webhooks.deliveries(PageRequest.parse(page, size));
    }

    @Operation(summary = "Sends a delivery again, whatever its status: same event id and body, a new signature")
    @PostMapping("/deliveries/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Delivery replay(@PathVariable String id) {
        return webhooks.replay(new DeliveryId(BadRequestException.uuid(id, "a delivery id")));
    }
}
