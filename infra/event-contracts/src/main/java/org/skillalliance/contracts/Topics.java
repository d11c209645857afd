package org.skillalliance.contracts;

import java.util.Objects;

/**
 * Kafka topic names: one topic per producing service, {@code <service>.events.v1}, keyed by
 * {@link EventEnvelope#aggregateId()}; failed messages go to {@code <topic>.DLT}. A breaking change of a contract is
 * published on a new {@code .v2} topic.
 */
public final class Topics {

    /** Events of member-service (see {@link EventTypes#MEMBER_EVENTS}). */
    public static final String MEMBER = "member.events.v1";
    /** Events of curriculum-service (see {@link EventTypes#CURRICULUM_EVENTS}). */
    public static final String CURRICULUM = "curriculum.events.v1";
    /** Events of funding-service (see {@link EventTypes#FUNDING_EVENTS}). */
    public static final String FUNDING = "funding.events.v1";

    /** Suffix of a topic's dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {}

    /**
     * Names a topic's dead-letter topic.
     *
     * @param topic a topic name, for example {@value #CURRICULUM}
     * @return its dead-letter topic, for example {@code curriculum.events.v1.DLT}
     */
    public static String deadLetter(String topic) {
        return Objects.requireNonNull(topic, "topic") + DEAD_LETTER_SUFFIX;
    }

    /**
     * Names the topic a platform event type is published on.
     *
     * @param typeName a logical type name of the platform (see {@link EventTypes})
     * @return the topic its producer publishes it on
     * @throws UnknownEventTypeException if the name is not one of the platform's types
     */
    public static String of(String typeName) {
        if (EventTypes.MEMBER_EVENTS.contains(typeName)) {
            return MEMBER;
        }
        if (EventTypes.CURRICULUM_EVENTS.contains(typeName)) {
            return CURRICULUM;
        }
        if (EventTypes.FUNDING_EVENTS.contains(typeName)) {
            return FUNDING;
        }
        throw new UnknownEventTypeException(typeName);
    }
}
