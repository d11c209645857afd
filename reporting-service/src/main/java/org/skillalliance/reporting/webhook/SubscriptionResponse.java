package org.skillalliance.reporting.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription. {@code secret} (the signing secret, {@code whsec_...}) is in the answer to its creation only.
 *
 * @param status {@code ACTIVE}, or {@code UNSUBSCRIBED} once deleted
 */
public record SubscriptionResponse(
        UUID id,
        String url,
        List<String> kinds,
        UUID programmeId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
        Instant createdAt,
        String status) {

    static SubscriptionResponse of(JdbcWebhooks.Subscription subscription, boolean withSecret) {
        return new SubscriptionResponse(
                subscription.id(),
                subscription.url(),
                subscription.kinds(),
                subscription.programmeId(),
                withSecret ? subscription.secret() : null,
                subscription.createdAt(),
                subscription.status());
    }
}
