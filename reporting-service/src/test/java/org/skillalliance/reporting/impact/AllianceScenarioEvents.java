package org.skillalliance.reporting.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.reporting.projection.ProjectionFeed.TopicEvent;

/**
 * The {@link AllianceScenario} as events on their topics, for tests outside this package (webhooks), and the one new
 * outcome that changes programme P's report: s26's seat in C2 (covered by W3) completes.
 */
public final class AllianceScenarioEvents {

    private final AllianceScenario scenario = new AllianceScenario();

    /** Every event of the scenario: member's, then curriculum's, then funding's, each topic in order. */
    public List<TopicEvent> all() {
        return inTopicOrder(scenario);
    }

    /** The id the scenario gave the name (programme {@code P}, its {@code funder}, employer {@code E1}, ...). */
    public UUID id(String name) {
        return scenario.id(name);
    }

    /** s26's seat in C2 completes, now: one more outcome in programme P's report. */
    public TopicEvent s26Completed() {
        return new TopicEvent(Topics.CURRICULUM, s26Completed(scenario));
    }

    static List<TopicEvent> inTopicOrder(AllianceScenario scenario) {
        List<TopicEvent> events = new ArrayList<>();
        for (String topic : List.of(Topics.MEMBER, Topics.CURRICULUM, Topics.FUNDING)) {
            scenario.byTopic.get(topic).forEach(e -> events.add(new TopicEvent(topic, e)));
        }
        return events;
    }

    static EventEnvelope s26Completed(AllianceScenario scenario) {
        EventEnvelope made = scenario.registry.envelope(
                EventTypes.ENROLMENT_OUTCOME_RECORDED,
                scenario.id("C2").toString(),
                "curriculum-service",
                new EnrolmentOutcomeRecorded(
                        scenario.id("enrolment-C2-s26"),
                        scenario.id("C2"),
                        scenario.id("K2"),
                        scenario.id("s26"),
                        scenario.id("E1"),
                        EnrolmentOutcome.COMPLETED,
                        new BigDecimal("16"),
                        30,
                        45,
                        4,
                        false,
                        scenario.c2End));
        return new EventEnvelope(
                made.eventId(),
                made.eventType(),
                made.schemaVersion(),
                Instant.now(),
                made.aggregateId(),
                made.producer(),
                made.payload());
    }
}
