package org.skillalliance.reporting.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's webhook subscriptions: subscribe, read, list, unsubscribe, read the delivery log, ask for a test
 * delivery. A subscription belongs to the organisation of the token that made it ({@code org_id}); only that
 * organisation's funders, coordinators and member-admins (and alliance admins, for every organisation) see it; for
 * anyone else it does not exist (404).
 *
 * <p>Which kinds each role's organisation receives: a funder every kind, for its own programmes; an employer
 * (member-admin) {@code claim.submitted}, {@code claim.paid} and {@code award.made} of its own claims and awards; a
 * coordinator {@code award.made} of awards to its association and {@code report.updated} of programmes naming one of
 * its alliances as eligible.
 */
@Service
public class WebhookSubscriptions {

    static final int DELIVERY_LOG_LENGTH = 100;
    private static final Role[] MANAGERS = {Role.FUNDER, Role.COORDINATOR, Role.MEMBER_ADMIN};
    private static final String KIND_NAMES = "claim.submitted, claim.paid, award.made, report.updated";

    private final JdbcWebhooks webhooks;
    private final EndpointPolicy policy;
    private final ReportFingerprints fingerprints;
    private final WebhookBodies bodies;
    private final Clock clock = Clock.systemUTC();

    WebhookSubscriptions(
            JdbcWebhooks webhooks, EndpointPolicy policy, ReportFingerprints fingerprints, WebhookBodies bodies) {
        this.webhooks = webhooks;
        this.policy = policy;
        this.fingerprints = fingerprints;
        this.bodies = bodies;
    }

    /**
     * Subscribes the caller's organisation; the answer holds the signing secret, shown this once.
     *
     * @throws ApiException.Forbidden     for roles that manage no webhooks
     * @throws ApiException.InvalidInput  for a URL that is not https (where required), resolves to a non-public address
     *                                    or is no URL; no kind, an unknown kind, a kind the caller's organisation does
     *                                    not receive; {@code report.updated} without a programme
     * @throws ApiException.RuleViolation for a caller acting for no organisation, or a programme whose report the
     *                                    organisation may not watch
     */
    @Transactional
    public JdbcWebhooks.Subscription subscribe(Caller caller, SubscriptionRequest request) {
        caller.requireAnyRole("manage webhook subscriptions", MANAGERS);
        List<FieldViolation> violations = new ArrayList<>();
        String url = request.url() == null ? null : request.url().strip();
        if (url == null || url.isEmpty()) {
            violations.add(new FieldViolation("url", "is required"));
        } else {
            try {
                policy.check(url);
            } catch (EndpointPolicy.Refused refused) {
                violations.add(new FieldViolation("url", refused.getMessage()));
            }
        }
        Set<WebhookKind> kinds = kinds(caller, request.kinds(), violations);
        if (kinds.contains(WebhookKind.REPORT_UPDATED) && request.programmeId() == null) {
            violations.add(new FieldViolation(
                    "programmeId", "is required with report.updated: the programme whose report to watch"));
        }
        if (!violations.isEmpty()) {
            throw new ApiException.InvalidInput(violations);
        }
        UUID organisation = caller.organisationId();
        if (organisation == null) {
            throw new ApiException.RuleViolation(
                    null,
                    "the caller's token names no organisation: a subscription belongs to the organisation whose"
                            + " token makes it");
        }
        String fingerprint = null;
        if (kinds.contains(WebhookKind.REPORT_UPDATED)) {
            if (!webhooks.mayWatchReport(
                    organisation, request.programmeId(), caller.has(Role.FUNDER), caller.has(Role.COORDINATOR))) {
                throw new ApiException.RuleViolation(
                        "programmeId", "is no programme whose report this organisation receives");
            }
            fingerprint = fingerprints.of(request.programmeId()).orElse(null);
        }
        JdbcWebhooks.Subscription subscription = new JdbcWebhooks.Subscription(
                UUID.randomUUID(),
                organisation,
                url,
                kinds.stream().map(WebhookKind::wireName).toList(),
                request.programmeId(),
                WebhookSignature.newSecret(),
                JdbcWebhooks.ACTIVE,
                clock.instant());
        webhooks.add(subscription, fingerprint);
        return subscription;
    }

    /** The subscription, if the caller's organisation owns it (any, for an admin). */
    @Transactional(readOnly = true)
    public JdbcWebhooks.Subscription subscription(Caller caller, UUID id) {
        caller.requireAnyRole("manage webhook subscriptions", MANAGERS);
        return visible(caller, id);
    }

    /** The subscriptions of the caller's organisation (all of them, for an admin), newest first. */
    @Transactional(readOnly = true)
    public List<JdbcWebhooks.Subscription> subscriptions(Caller caller) {
        caller.requireAnyRole("manage webhook subscriptions", MANAGERS);
        return webhooks.subscriptions(caller.listScope());
    }

    /** Ends the subscription (again: no change); its log stays readable. */
    @Transactional
    public void unsubscribe(Caller caller, UUID id) {
        caller.requireAnyRole("manage webhook subscriptions", MANAGERS);
        visible(caller, id);
        webhooks.unsubscribe(id);
    }

    /** The subscription's latest {@value #DELIVERY_LOG_LENGTH} deliveries, newest first. */
    @Transactional(readOnly = true)
    public List<DeliveryResponse> deliveries(Caller caller, UUID id) {
        caller.requireAnyRole("manage webhook subscriptions", MANAGERS);
        visible(caller, id);
        return webhooks.deliveries(id, DELIVERY_LOG_LENGTH);
    }

    /**
     * Enqueues a {@code webhook.test} delivery, sent at the sender's next round like any other.
     *
     * @throws ApiException.RuleViolation for a subscription that has ended
     */
    @Transactional
    public DeliveryResponse test(Caller caller, UUID id) {
        caller.requireAnyRole("manage webhook subscriptions", MANAGERS);
        JdbcWebhooks.Subscription subscription = visible(caller, id);
        if (!JdbcWebhooks.ACTIVE.equals(subscription.status())) {
            throw new ApiException.RuleViolation("status", "the subscription has ended: nothing is sent to it");
        }
        Instant now = clock.instant();
        UUID deliveryId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        webhooks.enqueue(
                deliveryId,
                id,
                WebhookKind.TEST,
                eventId,
                bodies.body(WebhookKind.TEST, now, bodies.data().put("subscriptionId", id.toString())),
                now);
        return new DeliveryResponse(
                deliveryId, WebhookKind.TEST.wireName(), eventId, 0, JdbcWebhooks.PENDING, null, null, now, null, now);
    }

    private JdbcWebhooks.Subscription visible(Caller caller, UUID id) {
        return webhooks.subscription(id)
                .filter(subscription -> caller.actsFor(subscription.organisationId()))
                .orElseThrow(() -> new ApiException.NotFound("webhook subscription", id));
    }

    /** The kinds asked for, in their order and once each; a violation for each that is unknown or not the caller's. */
    private static Set<WebhookKind> kinds(Caller caller, List<String> names, List<FieldViolation> violations) {
        Set<WebhookKind> kinds = new LinkedHashSet<>();
        if (names == null || names.isEmpty()) {
            violations.add(new FieldViolation("kinds", "needs at least one of " + KIND_NAMES));
            return kinds;
        }
        Set<WebhookKind> receivable = receivable(caller);
        for (int index = 0; index < names.size(); index++) {
            String field = "kinds[" + index + "]";
            Optional<WebhookKind> kind = WebhookKind.subscribable(names.get(index));
            if (kind.isEmpty()) {
                violations.add(new FieldViolation(field, "is not a kind: " + KIND_NAMES));
            } else if (!receivable.contains(kind.get())) {
                violations.add(new FieldViolation(
                        field,
                        "is not a kind the caller's organisation receives: "
                                + receivable.stream().map(WebhookKind::wireName).collect(Collectors.joining(", "))));
            } else {
                kinds.add(kind.get());
            }
        }
        return kinds;
    }

    /** The kinds the caller's roles receive (every kind for an admin, who subscribes no organisation anyway). */
    private static Set<WebhookKind> receivable(Caller caller) {
        Set<WebhookKind> kinds = EnumSet.noneOf(WebhookKind.class);
        if (caller.isAdmin() || caller.has(Role.FUNDER)) {
            kinds.addAll(EnumSet.of(
                    WebhookKind.CLAIM_SUBMITTED,
                    WebhookKind.CLAIM_PAID,
                    WebhookKind.AWARD_MADE,
                    WebhookKind.REPORT_UPDATED));
        }
        if (caller.has(Role.MEMBER_ADMIN)) {
            kinds.addAll(EnumSet.of(WebhookKind.CLAIM_SUBMITTED, WebhookKind.CLAIM_PAID, WebhookKind.AWARD_MADE));
        }
        if (caller.has(Role.COORDINATOR)) {
            kinds.addAll(EnumSet.of(WebhookKind.AWARD_MADE, WebhookKind.REPORT_UPDATED));
        }
        return kinds;
    }
}
