package org.skillalliance.reporting.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code skillalliance.webhooks.*}: the endpoint policy and the sender's pace (docs/reporting.md "Webhooks").
 *
 * @param allowHttp              accept {@code http://} endpoints (local use and tests only; false in production)
 * @param allowPrivateAddresses  accept endpoints resolving to loopback, private, link-local, unique-local or multicast
 *                               addresses (local use and tests only; false in production)
 * @param timeout                the longest a call may take, connecting included
 * @param firstRetryAfter        the pause after the first failed attempt; it doubles after each further one
 * @param maxRetryAfter          the longest pause between two attempts
 * @param retryFor               how long after the first attempt a delivery is still tried; then it is FAILED
 * @param batch                  the most deliveries one round of the sender makes
 */
@ConfigurationProperties("skillalliance.webhooks")
record WebhookProperties(
        boolean allowHttp,
        boolean allowPrivateAddresses,
        Duration timeout,
        Duration firstRetryAfter,
        Duration maxRetryAfter,
        Duration retryFor,
        int batch) {}
