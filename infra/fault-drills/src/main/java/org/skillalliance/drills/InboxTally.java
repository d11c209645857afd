package org.skillalliance.drills;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One consumer's inbox against the events it was sent: the event ids it recorded as processed (each recording is one
 * application of the event's effect, in the same transaction) beside the distinct event ids on the topics it reads,
 * however many copies of each the topics hold.
 *
 * @param consumer        the inbox's consumer name, such as {@code reporting.projections}
 * @param distinctSent    distinct event ids on the consumer's topics
 * @param processed       processed marks the consumer holds (rows, not distinct ids)
 * @param processedOfSent distinct ids among them that are on the topics
 */
record InboxTally(String consumer, long distinctSent, long processed, long processedOfSent) {

    /**
     * @param processedIds every processed mark of the consumer, one entry per mark (an id applied twice appears twice)
     * @param sent         the event ids on the consumer's topics, with their copies
     */
    static InboxTally of(String consumer, List<UUID> processedIds, Collection<UUID> sent) {
        Set<UUID> distinct = new HashSet<>(sent);
        Set<UUID> processedDistinct = new HashSet<>(processedIds);
        processedDistinct.retainAll(distinct);
        return new InboxTally(consumer, distinct.size(), processedIds.size(), processedDistinct.size());
    }

    /** Applications beyond one per distinct event sent: an event applied twice, or an id no topic holds. */
    long extra() {
        return processed - processedOfSent;
    }

    /** Distinct events sent that the consumer has not processed (yet). */
    long missing() {
        return distinctSent - processedOfSent;
    }

    @Override
    public String toString() {
        return consumer + " " + processed + " processed of " + distinctSent + " distinct sent";
    }
}
