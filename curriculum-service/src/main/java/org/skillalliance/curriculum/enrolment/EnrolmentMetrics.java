package org.skillalliance.curriculum.enrolment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.skillalliance.messaging.metrics.ScrapeReading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The enrolment figures an operator watches (docs/observability.md):
 * <ul>
 *   <li>{@value #ENROLMENTS}{@code {outcome}}, a counter of seat requests and seat changes by what came of them:
 *   {@code confirmed}, {@code waitlisted}, {@code refused} (a rule of the request broken), {@code promoted} from the
 *   waitlist, {@code withdrawn} by the employer, {@code cancelled} with the cohort (or, for waiters, when it started).
 *   A change counts once its transaction has committed, never before: a change rolled back did not happen;</li>
 *   <li>{@value #WAITLIST_PEOPLE} and {@value #WAITLIST_LONGEST}: people waiting in the cohorts that still take
 *   requests (planned or open), all together and in the longest single waitlist, read from the database when
 *   scraped (one query, whose answer the two gauges of a scrape share: {@link ScrapeReading}). No label per cohort: the number
 *   of cohorts has no bound.</li>
 * </ul>
 */
@Component
class EnrolmentMetrics implements MeterBinder {

    static final String ENROLMENTS = "skillalliance.enrolments";
    static final String WAITLIST_PEOPLE = "skillalliance.waitlist.people";
    static final String WAITLIST_LONGEST = "skillalliance.waitlist.longest";

    /** What came of a request or a seat change: the {@code outcome} label's values. */
    enum Outcome {
        CONFIRMED,
        WAITLISTED,
        REFUSED,
        PROMOTED,
        WITHDRAWN,
        CANCELLED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private record Waitlists(double people, double longest) {}

    private final JdbcClient jdbc;
    private final ScrapeReading<Waitlists> waitlists;
    private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);

    EnrolmentMetrics(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.waitlists = new ScrapeReading<>(
                "the waitlists", Clock.systemUTC(), now -> read(), new Waitlists(Double.NaN, Double.NaN));
        // every outcome from the start at 0, so that a rate over the first requests is right
        for (Outcome outcome : Outcome.values()) {
            counters.put(
                    outcome,
                    Counter.builder(ENROLMENTS)
                            .description("Enrolment requests and seat changes by outcome, counted after commit")
                            .tag("outcome", outcome.label())
                            .register(meters));
        }
    }

    /**
     * Counts the event's outcome once the transaction that raised it has committed (the publisher hands every
     * enrolment event to Spring as it appends it to the outbox); an outcome record counts nothing here.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void countAfterCommit(EnrolmentEvent event) {
        Outcome outcome = switch (event) {
            case EnrolmentEvent.Confirmed confirmed -> Outcome.CONFIRMED;
            case EnrolmentEvent.Waitlisted waitlisted -> Outcome.WAITLISTED;
            case EnrolmentEvent.Promoted promoted -> Outcome.PROMOTED;
            case EnrolmentEvent.Withdrawn withdrawn -> Outcome.WITHDRAWN;
            case EnrolmentEvent.Cancelled cancelled -> Outcome.CANCELLED;
            case EnrolmentEvent.OutcomeRecorded recorded -> null;
        };
        if (outcome != null) {
            counters.get(outcome).increment();
        }
    }

    /** A request refused because it broke a rule (its transaction rolls back: nothing else of it counts). */
    void refused() {
        counters.get(Outcome.REFUSED).increment();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(WAITLIST_PEOPLE, this, metrics -> metrics.waitlists.get().people())
                .description("People waiting for a seat in cohorts that still take requests (planned or open)")
                .strongReference(true)
                .register(registry);
        Gauge.builder(WAITLIST_LONGEST, this, metrics -> metrics.waitlists.get().longest())
                .description("People waiting in the longest waitlist of a cohort that still takes requests")
                .strongReference(true)
                .register(registry);
    }

    private Waitlists read() {
        return jdbc.sql("""
                        select coalesce(sum(requests_waiting), 0) as people,
                               coalesce(max(requests_waiting), 0) as longest
                        from cohort
                        where status in ('PLANNED', 'OPEN')
                        """)
                .query((row, number) -> new Waitlists(row.getLong("people"), row.getLong("longest")))
                .single();
    }
}
