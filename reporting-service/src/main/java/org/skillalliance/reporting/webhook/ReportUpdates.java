package org.skillalliance.reporting.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillalliance.reporting.projection.EventsProjected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code report.updated}: once a projection batch has committed, the report of each programme that a subscription
 * watches is fingerprinted ({@link ReportFingerprints}); a subscription whose last fingerprint differs gets one
 * delivery and the new fingerprint, in one transaction of its own. A failure here is logged and leaves the
 * fingerprints as they were, so the next batch finds the change again; it never holds up the projection.
 */
@Component
class ReportUpdates {

    private static final Logger log = LoggerFactory.getLogger(ReportUpdates.class);

    private final JdbcWebhooks webhooks;
    private final ReportFingerprints fingerprints;
    private final WebhookBodies bodies;
    private final TransactionTemplate newTransaction;
    private final Clock clock = Clock.systemUTC();

    ReportUpdates(
            JdbcWebhooks webhooks,
            ReportFingerprints fingerprints,
            WebhookBodies bodies,
            PlatformTransactionManager transactionManager) {
        this.webhooks = webhooks;
        this.fingerprints = fingerprints;
        this.bodies = bodies;
        this.newTransaction = new TransactionTemplate(transactionManager);
        // after the projection's commit, its transaction's resources are still bound: this needs one of its own
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void afterCommit(EventsProjected projected) {
        try {
            newTransaction.executeWithoutResult(status -> enqueueChangedReports());
        } catch (RuntimeException failed) {
            log.warn("Report updates not checked after this batch, the next batch checks again: {}", failed.toString());
        }
    }

    private void enqueueChangedReports() {
        Map<UUID, List<JdbcWebhooks.ReportWatch>> byProgramme = webhooks.reportWatches().stream()
                .collect(Collectors.groupingBy(
                        JdbcWebhooks.ReportWatch::programmeId, LinkedHashMap::new, Collectors.toList()));
        byProgramme.forEach((programmeId, watches) -> {
            Optional<String> fingerprint = fingerprints.of(programmeId);
            if (fingerprint.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            for (JdbcWebhooks.ReportWatch watch : watches) {
                if (!fingerprint.get().equals(watch.fingerprint())
                        && webhooks.moveFingerprint(watch.subscriptionId(), fingerprint.get())) {
                    webhooks.enqueue(
                            UUID.randomUUID(),
                            watch.subscriptionId(),
                            WebhookKind.REPORT_UPDATED,
                            UUID.randomUUID(),
                            bodies.body(
                                    WebhookKind.REPORT_UPDATED,
                                    now,
                                    bodies.data().put("programmeId", programmeId.toString())),
                            now);
                }
            }
        });
    }
}
