package org.skillalliance.reporting.webhook;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/webhooks/subscriptions}: subscribe an endpoint to kinds of event, list and read the subscriptions,
 * unsubscribe, read a subscription's delivery log, ask for a test delivery (docs/reporting.md "Webhooks").
 */
@RestController
@RequestMapping("/api/webhooks/subscriptions")
class WebhookController {

    private final WebhookSubscriptions subscriptions;

    WebhookController(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe an endpoint; the answer holds the signing secret, shown once")
    ResponseEntity<SubscriptionResponse> subscribe(@RequestBody SubscriptionRequest request) {
        JdbcWebhooks.Subscription subscription = subscriptions.subscribe(Caller.current(), request);
        return ResponseEntity.created(URI.create("/api/webhooks/subscriptions/" + subscription.id()))
                .body(SubscriptionResponse.of(subscription, true));
    }

    @GetMapping
    @Operation(summary = "The subscriptions of the caller's organisation")
    List<SubscriptionResponse> list() {
        return subscriptions.subscriptions(Caller.current()).stream()
                .map(subscription -> SubscriptionResponse.of(subscription, false))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subscription")
    SubscriptionResponse get(@PathVariable UUID id) {
        return SubscriptionResponse.of(subscriptions.subscription(Caller.current(), id), false);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unsubscribe: nothing more is sent; the delivery log stays")
    void unsubscribe(@PathVariable UUID id) {
        subscriptions.unsubscribe(Caller.current(), id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The subscription's delivery log, newest first")
    List<DeliveryResponse> deliveries(@PathVariable UUID id) {
        return subscriptions.deliveries(Caller.current(), id);
    }

    @PostMapping("/{id}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a webhook.test delivery now")
    DeliveryResponse test(@PathVariable UUID id) {
        return subscriptions.test(Caller.current(), id);
    }
}
