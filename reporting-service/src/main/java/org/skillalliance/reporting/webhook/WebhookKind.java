package org.skillalliance.reporting.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event a subscription can ask for, by their names on the wire ({@code type} of a delivery's body). */
enum WebhookKind {
    CLAIM_SUBMITTED("claim.submitted"),
    CLAIM_PAID("claim.paid"),
    AWARD_MADE("award.made"),
    REPORT_UPDATED("report.updated"),
    /** Sent on request ({@code POST .../test}) to any subscription, never subscribed to. */
    TEST("webhook.test");

    private final String wireName;

    WebhookKind(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    /** The subscribable kind of this name (not {@code webhook.test}), if there is one. */
    static Optional<WebhookKind> subscribable(String wireName) {
        return Arrays.stream(values())
                .filter(kind -> kind != TEST && kind.wireName.equals(wireName))
                .findFirst();
    }
}
