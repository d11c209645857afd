package org.skillalliance.reporting.webhook;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.reporting.projection.EventsProjected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events the projection applied into deliveries, in the projection's transaction: {@code DisbursementPaid}
 * is {@code claim.paid}, {@code GrantAwarded} {@code award.made}, {@code ClaimSubmitted} {@code claim.submitted}. The
 * body's {@code data} is the event's payload as docs/events.md lists it; its {@code timestamp} the event's
 * {@code occurredAt}.
 */
@Component
class WebhookEvents {

    private final JdbcWebhooks webhooks;
    private final WebhookBodies bodies;
    private final Clock clock = Clock.systemUTC();

    WebhookEvents(JdbcWebhooks webhooks, WebhookBodies bodies) {
        this.webhooks = webhooks;
        this.bodies = bodies;
    }

    @EventListener
    void on(EventsProjected projected) {
        for (EventEnvelope event : projected.events()) {
            switch (event.eventType()) {
                case EventTypes.DISBURSEMENT_PAID -> enqueue(WebhookKind.CLAIM_PAID, event, "employerId");
                case EventTypes.GRANT_AWARDED -> enqueue(WebhookKind.AWARD_MADE, event, "beneficiaryId");
                case EventTypes.CLAIM_SUBMITTED -> enqueue(WebhookKind.CLAIM_SUBMITTED, event, "employerId");
                default -> {
                    // no webhook kind
                }
            }
        }
    }

    /** For the subscriptions of the party the payload names in {@code partyField} and of the programme's funder. */
    private void enqueue(WebhookKind kind, EventEnvelope event, String partyField) {
        webhooks.enqueueForParties(
                kind,
                event.eventId(),
                UUID.fromString(event.payload().path("programmeId").asString()),
                List.of(UUID.fromString(event.payload().path(partyField).asString())),
                bodies.body(kind, event.occurredAt(), event.payload()),
                clock.instant());
    }
}
