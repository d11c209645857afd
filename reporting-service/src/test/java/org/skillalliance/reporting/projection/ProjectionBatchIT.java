package org.skillalliance.reporting.projection;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.InvalidEventException;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The listener applies a poll's records in one transaction, and when one of them fails, falls back to one transaction
 * per record so that those before it keep their effect and the failing one is named by its index for the error
 * handler (which retries it and dead-letters it; the fault drills watch that on the running platform). The records
 * are handed to the listener as the container hands them over, against the real database.
 */
@RealInfrastructure
@SpringBootTest
class ProjectionBatchIT {

    @Autowired ProjectionListener listener;
    @Autowired EventRegistry registry;
    @Autowired JdbcClient jdbc;

    @Test
    void aWholeBatchIsAppliedOnceEachAndTheSameBatchAgainChangesNothing() {
        List<ConsumerRecord<String, String>> batch = List.of(organisation(UUID.randomUUID(), 1),
                organisation(UUID.randomUUID(), 2), organisation(UUID.randomUUID(), 3));

        listener.on(batch);
        listener.on(batch);

        assertThat(organisations(batch)).isEqualTo(3);
        assertThat(processed(batch)).isEqualTo(3);
    }

    @Test
    void aBadRecordKeepsTheOnesBeforeItAndIsReportedByItsIndex() {
        ConsumerRecord<String, String> first = organisation(UUID.randomUUID(), 10);
        ConsumerRecord<String, String> second = organisation(UUID.randomUUID(), 11);
        ConsumerRecord<String, String> unreadable = new ConsumerRecord<>(Topics.MEMBER, 0, 102, "k", "{not json");
        ConsumerRecord<String, String> after = organisation(UUID.randomUUID(), 13);

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> listener.on(List.of(first, second, unreadable, after)));

        assertThat(failure.getIndex()).isEqualTo(2);
        assertThat(failure.getCause()).isInstanceOf(InvalidEventException.class);
        assertThat(organisations(List.of(first, second))).isEqualTo(2);
        assertThat(processed(List.of(first, second))).isEqualTo(2);
        assertThat(organisations(List.of(after))).isZero();

        // the container then hands over the rest, from the record after the dead-lettered one
        listener.on(List.of(after));
        assertThat(organisations(List.of(first, second, after))).isEqualTo(3);
    }

    private ConsumerRecord<String, String> organisation(UUID id, long offset) {
        String json = registry.toJson(registry.envelope(EventTypes.ORGANISATION_REGISTERED, id.toString(),
                "member-service", new OrganisationRegistered(id, OrganisationType.EMPLOYER, "DE", "DE21", "C25.62",
                        20, SizeBand.SMALL)));
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.MEMBER, 0, offset, id.toString(), json);
        record.headers().add("event-type", EventTypes.ORGANISATION_REGISTERED.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private long organisations(List<ConsumerRecord<String, String>> records) {
        return jdbc.sql("select count(*) from rp_organisation where id = any(:ids)")
                .param("ids", records.stream().map(r -> UUID.fromString(r.key())).toArray(UUID[]::new))
                .query(Long.class).single();
    }

    private long processed(List<ConsumerRecord<String, String>> records) {
        return jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = any(:ids)")
                .param("consumer", ProjectionListener.CONSUMER)
                .param("ids", records.stream().map(r -> registry.parse(r.value()).eventId()).toArray(UUID[]::new))
                .query(Long.class).single();
    }
}
