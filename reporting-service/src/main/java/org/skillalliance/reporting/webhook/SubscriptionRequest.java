package org.skillalliance.reporting.webhook;

import java.util.List;
import java.util.UUID;

/**
 * A new subscription: the endpoint, the kinds of event it wants ({@code claim.submitted}, {@code claim.paid},
 * {@code award.made}, {@code report.updated}) and, optionally, the one programme it is about (required for
 * {@code report.updated}).
 */
public record SubscriptionRequest(String url, List<String> kinds, UUID programmeId) {}
