package org.skillalliance.reporting.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriptions ({@code wh_subscription}) and their deliveries ({@code wh_delivery}). */
@Repository
class JdbcWebhooks {

    static final String ACTIVE = "ACTIVE";
    static final String UNSUBSCRIBED = "UNSUBSCRIBED";
    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    private final JdbcClient jdbc;

    JdbcWebhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Subscription(
            UUID id,
            UUID organisationId,
            String url,
            List<String> kinds,
            UUID programmeId,
            String secret,
            String status,
            Instant createdAt) {}

    /** A delivery whose next attempt is due, with what sending it needs. */
    record DueDelivery(UUID id, String url, String secret, String body, int attempts, Instant firstAttemptAt) {}

    /** A subscription to a programme's report, with the fingerprint of the report last enqueued. */
    record ReportWatch(UUID subscriptionId, UUID programmeId, String fingerprint) {}

    void add(Subscription subscription, String reportFingerprint) {
        jdbc.sql("""
                insert into wh_subscription
                    (id, organisation_id, url, kinds, programme_id, secret, status, created_at, report_fingerprint)
                values (:id, :organisation, :url, cast(:kinds as text[]), :programme, :secret, :status, :createdAt,
                        :fingerprint)
                """)
                .param("id", subscription.id())
                .param("organisation", subscription.organisationId())
                .param("url", subscription.url())
                .param("kinds", subscription.kinds().toArray(String[]::new))
                .param("programme", subscription.programmeId())
                .param("secret", subscription.secret())
                .param("status", subscription.status())
                .param("createdAt", Timestamp.from(subscription.createdAt()))
                .param("fingerprint", reportFingerprint)
                .update();
    }

    Optional<Subscription> subscription(UUID id) {
        return jdbc.sql("select * from wh_subscription where id = :id")
                .param("id", id)
                .query(JdbcWebhooks::subscription)
                .optional();
    }

    /** The subscriptions of the organisation (every one for {@code null}), newest first. */
    List<Subscription> subscriptions(UUID organisationId) {
        return jdbc.sql("""
                select * from wh_subscription
                where cast(:organisation as uuid) is null or organisation_id = :organisation
                order by created_at desc, id
                """)
                .param("organisation", organisationId)
                .query(JdbcWebhooks::subscription)
                .list();
    }

    /** Ends the subscription: nothing more is enqueued or sent for it; what was pending is marked failed. */
    void unsubscribe(UUID id) {
        jdbc.sql("update wh_subscription set status = :unsubscribed where id = :id")
                .param("unsubscribed", UNSUBSCRIBED)
                .param("id", id)
                .update();
        jdbc.sql("""
                update wh_delivery set status = :failed, last_error = 'unsubscribed', next_attempt_at = null
                where subscription_id = :id and status = :pending
                """)
                .param("failed", FAILED)
                .param("pending", PENDING)
                .param("id", id)
                .update();
    }

    /** The subscription's deliveries, newest first, at most {@code limit}. */
    List<DeliveryResponse> deliveries(UUID subscriptionId, int limit) {
        return jdbc.sql("""
                select * from wh_delivery where subscription_id = :id
                order by created_at desc, id limit :limit
                """)
                .param("id", subscriptionId)
                .param("limit", limit)
                .query((rs, n) -> new DeliveryResponse(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("event_id", UUID.class),
                        rs.getInt("attempts"),
                        rs.getString("status"),
                        (Integer) rs.getObject("last_status_code"),
                        rs.getString("last_error"),
                        instant(rs, "next_attempt_at"),
                        instant(rs, "delivered_at"),
                        instant(rs, "created_at")))
                .list();
    }

    /**
     * Enqueues the event for every active subscription to its kind that may receive it: one of the parties' (the
     * employer, the beneficiary) or the programme's funder's, and for the programme where the subscription names one.
     * Once per subscription and event: a redelivered or replayed event adds nothing.
     *
     * @return how many deliveries it enqueued
     */
    int enqueueForParties(
            WebhookKind kind, UUID eventId, UUID programmeId, List<UUID> parties, String body, Instant now) {
        return jdbc.sql("""
                insert into wh_delivery (id, subscription_id, kind, event_id, body, status, created_at, next_attempt_at)
                select gen_random_uuid(), s.id, :kind, :eventId, :body, :pending, :now, :now
                from wh_subscription s
                where s.status = :active and :kind = any (s.kinds)
                  and (s.programme_id is null or s.programme_id = :programme)
                  and (s.organisation_id = any (cast(:parties as uuid[]))
                       or s.organisation_id = (select p.funder_id from rp_programme p where p.id = :programme))
                on conflict (subscription_id, event_id) do nothing
                """)
                .param("kind", kind.wireName())
                .param("eventId", eventId)
                .param("body", body)
                .param("pending", PENDING)
                .param("active", ACTIVE)
                .param("now", Timestamp.from(now))
                .param("programme", programmeId)
                .param("parties", parties.toArray(UUID[]::new))
                .update();
    }

    /** Enqueues one delivery for the subscription (a report's update, a test). */
    void enqueue(UUID id, UUID subscriptionId, WebhookKind kind, UUID eventId, String body, Instant now) {
        jdbc.sql("""
                insert into wh_delivery (id, subscription_id, kind, event_id, body, status, created_at, next_attempt_at)
                values (:id, :subscription, :kind, :eventId, :body, :pending, :now, :now)
                on conflict (subscription_id, event_id) do nothing
                """)
                .param("id", id)
                .param("subscription", subscriptionId)
                .param("kind", kind.wireName())
                .param("eventId", eventId)
                .param("body", body)
                .param("pending", PENDING)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Whether the organisation may watch the programme's report: it is the programme's funder (as a funder), or (as a
     * coordinator) it coordinates an alliance the programme names as eligible.
     */
    boolean mayWatchReport(UUID organisationId, UUID programmeId, boolean asFunder, boolean asCoordinator) {
        return jdbc.sql("""
                select exists (
                    select 1 from rp_programme p
                    where p.id = :programme
                      and ((:asFunder and p.funder_id = :organisation)
                           or (:asCoordinator and exists (
                                   select 1 from rp_alliance a
                                   where a.coordinator_id = :organisation and a.id = any (p.eligible_alliances)))))
                """)
                .param("programme", programmeId)
                .param("organisation", organisationId)
                .param("asFunder", asFunder)
                .param("asCoordinator", asCoordinator)
                .query(Boolean.class)
                .single();
    }

    /** The active subscriptions to {@code report.updated}. */
    List<ReportWatch> reportWatches() {
        return jdbc.sql("""
                select id, programme_id, report_fingerprint from wh_subscription
                where status = :active and :kind = any (kinds)
                """)
                .param("active", ACTIVE)
                .param("kind", WebhookKind.REPORT_UPDATED.wireName())
                .query((rs, n) -> new ReportWatch(
                        rs.getObject("id", UUID.class),
                        rs.getObject("programme_id", UUID.class),
                        rs.getString("report_fingerprint")))
                .list();
    }

    /** Records the report's new fingerprint; false when it was that already (another instance got there first). */
    boolean moveFingerprint(UUID subscriptionId, String fingerprint) {
        return jdbc.sql("""
                        update wh_subscription set report_fingerprint = :fingerprint
                        where id = :id and report_fingerprint is distinct from :fingerprint
                        """)
                        .param("id", subscriptionId)
                        .param("fingerprint", fingerprint)
                        .update()
                == 1;
    }

    /** The next due delivery of an active subscription, locked for this transaction (others skip it). */
    Optional<DueDelivery> lockNextDue(Instant now) {
        return jdbc.sql("""
                select d.id, s.url, s.secret, d.body, d.attempts, d.first_attempt_at
                from wh_delivery d join wh_subscription s on s.id = d.subscription_id
                where d.status = :pending and d.next_attempt_at <= :now and s.status = :active
                order by d.next_attempt_at
                limit 1
                for update of d skip locked
                """)
                .param("pending", PENDING)
                .param("active", ACTIVE)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new DueDelivery(
                        rs.getObject("id", UUID.class),
                        rs.getString("url"),
                        rs.getString("secret"),
                        rs.getString("body"),
                        rs.getInt("attempts"),
                        instant(rs, "first_attempt_at")))
                .optional();
    }

    /** Records an attempt: delivered, or failed and tried again at {@code nextAttemptAt} (FAILED for good if null). */
    void attempted(
            UUID id,
            boolean delivered,
            Integer statusCode,
            String error,
            Instant attemptedAt,
            Instant firstAttemptAt,
            Instant nextAttemptAt) {
        jdbc.sql("""
                update wh_delivery set
                    attempts = attempts + 1,
                    status = :status,
                    last_status_code = :statusCode,
                    last_error = :error,
                    first_attempt_at = :firstAttemptAt,
                    next_attempt_at = :nextAttemptAt,
                    delivered_at = :deliveredAt
                where id = :id
                """)
                .param("id", id)
                .param("status", delivered ? DELIVERED : nextAttemptAt == null ? FAILED : PENDING)
                .param("statusCode", statusCode)
                .param("error", error)
                .param("firstAttemptAt", Timestamp.from(firstAttemptAt))
                .param("nextAttemptAt", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt))
                .param("deliveredAt", delivered ? Timestamp.from(attemptedAt) : null)
                .update();
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        Array kinds = rs.getArray("kinds");
        return new Subscription(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("url"),
                List.copyOf(Arrays.asList((String[]) kinds.getArray())),
                rs.getObject("programme_id", UUID.class),
                rs.getString("secret"),
                rs.getString("status"),
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
