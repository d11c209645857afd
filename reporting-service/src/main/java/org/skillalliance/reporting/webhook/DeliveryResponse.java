package org.skillalliance.reporting.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery of a subscription's log.
 *
 * @param id             the delivery, sent as {@code webhook-id} on every attempt
 * @param kind           its {@code type}
 * @param eventId        the event it comes from (a new id for {@code report.updated} and {@code webhook.test})
 * @param attempts       the attempts made so far
 * @param status         {@code PENDING} (to be tried at {@code nextAttemptAt}), {@code DELIVERED} or {@code FAILED}
 * @param lastStatusCode the status the endpoint answered last, if it answered
 * @param lastError      why the last attempt failed, if it did
 * @param nextAttemptAt  when it is tried next, while pending
 * @param deliveredAt    when the endpoint accepted it
 * @param createdAt      when it was enqueued
 */
public record DeliveryResponse(
        UUID id,
        String kind,
        UUID eventId,
        int attempts,
        String status,
        Integer lastStatusCode,
        String lastError,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant createdAt) {}
