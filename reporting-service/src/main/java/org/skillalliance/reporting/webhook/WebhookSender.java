package org.skillalliance.reporting.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due deliveries, on every instance, each by one only: a delivery is taken under {@code for update skip
 * locked}, sent, and its outcome recorded in one transaction of its own, at most {@code batch} a round. Each call is
 * signed as Standard Webhooks says ({@code webhook-id} = the delivery's id, the same on every attempt;
 * {@code webhook-timestamp} = the attempt's time in seconds; {@code webhook-signature}), bounded by the configured
 * timeout, sent only to an address the {@link EndpointPolicy} allows at that moment, and never redirected. A 2xx answer
 * delivers it; anything else, or no answer, is a failed attempt, tried again as the {@link RetrySchedule} says.
 *
 * <p>A crash between the receiver's answer and the commit sends that delivery again with the same {@code webhook-id},
 * which receivers use to drop a repeat (Standard Webhooks: at least once).
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int ERROR_LENGTH = 500;

    private final JdbcWebhooks webhooks;
    private final EndpointPolicy policy;
    private final RetrySchedule retries;
    private final WebhookProperties properties;
    private final TransactionTemplate transactions;
    private final HttpClient http;
    private final Clock clock = Clock.systemUTC();

    WebhookSender(
            JdbcWebhooks webhooks,
            EndpointPolicy policy,
            RetrySchedule retries,
            WebhookProperties properties,
            TransactionTemplate transactions) {
        this.webhooks = webhooks;
        this.policy = policy;
        this.retries = retries;
        this.properties = properties;
        this.transactions = transactions;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(
            fixedDelayString = "${skillalliance.webhooks.send-every}",
            initialDelayString = "${skillalliance.webhooks.send-every}")
    void sendDue() {
        try {
            int sent = 0;
            while (sent < properties.batch() && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
                sent++;
            }
        } catch (RuntimeException failure) {
            // the database is away: the next round tries again
            log.warn("Webhook deliveries not sent this round: {}", failure.toString());
        }
    }

    /** Sends the next due delivery and records the attempt; false when none is due. */
    private boolean sendNext() {
        Instant now = clock.instant();
        Optional<JdbcWebhooks.DueDelivery> next = webhooks.lockNextDue(now);
        if (next.isEmpty()) {
            return false;
        }
        JdbcWebhooks.DueDelivery delivery = next.get();
        Instant firstAttempt = delivery.firstAttemptAt() == null ? now : delivery.firstAttemptAt();
        Attempt attempt = attempt(delivery, now);
        if (attempt.delivered()) {
            webhooks.attempted(delivery.id(), true, attempt.statusCode(), null, now, firstAttempt, null);
            return true;
        }
        int attempts = delivery.attempts() + 1;
        Instant retryAt = retries.nextAttempt(attempts, firstAttempt, clock.instant());
        log.warn(
                "Webhook delivery {} failed (attempt {}{}): {}",
                delivery.id(),
                attempts,
                retryAt == null ? ", given up" : ", next at " + retryAt,
                attempt.error());
        webhooks.attempted(delivery.id(), false, attempt.statusCode(), attempt.error(), now, firstAttempt, retryAt);
        return true;
    }

    private Attempt attempt(JdbcWebhooks.DueDelivery delivery, Instant now) {
        URI endpoint;
        try {
            endpoint = policy.check(delivery.url());
        } catch (EndpointPolicy.Refused refused) {
            return new Attempt(false, null, "not sent: url " + refused.getMessage());
        }
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "skill-alliance-webhooks")
                .header("webhook-id", delivery.id().toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSignature.sign(delivery.secret(), delivery.id().toString(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300
                    ? new Attempt(true, status, null)
                    : new Attempt(false, status, "the endpoint answered " + status);
        } catch (IOException failed) {
            return new Attempt(false, null, describe(failed));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted while sending");
        }
    }

    private static String describe(IOException failed) {
        String text =
                failed.getClass().getSimpleName() + (failed.getMessage() == null ? "" : ": " + failed.getMessage());
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
    }

    private record Attempt(boolean delivered, Integer statusCode, String error) {}
}
