package org.skillalliance.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.InvalidEventException;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.member.AgeBand;
import org.skillalliance.contracts.member.Gender;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.contracts.member.StaffRegistered;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The listener applies a poll's records in one transaction, and when one of them fails, falls back to one transaction
 * per record so that those before it keep their effect and the failing one is named by its index for the error
 * handler (which retries it and dead-letters it; the fault drills watch that on the running platform); the seat rows a
 * batch touches are derived once, from all of its events. The records are handed to the listener as the container
 * hands them over, against the real database. It needs no web server nor Keycloak, but runs with them to share the
 * application context of the service's other integration tests rather than start one of its own.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectionBatchIT {

    private static final UUID PROGRAMME = UUID.randomUUID();
    private static final UUID EMPLOYER = UUID.randomUUID();
    private static final UUID COHORT = UUID.randomUUID();

    @Autowired
    ProjectionListener listener;

    @Autowired
    EventRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWholeBatchIsAppliedOnceEachAndTheSameBatchAgainChangesNothing() {
        List<ConsumerRecord<String, String>> batch = List.of(
                organisation(UUID.randomUUID(), 1),
                organisation(UUID.randomUUID(), 2),
                organisation(UUID.randomUUID(), 3));

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

        BatchListenerFailedException failure = catchThrowableOfType(
                BatchListenerFailedException.class, () -> listener.on(List.of(first, second, unreadable, after)));

        assertThat(failure.getIndex()).isEqualTo(2);
        assertThat(failure.getCause()).isInstanceOf(InvalidEventException.class);
        assertThat(organisations(List.of(first, second))).isEqualTo(2);
        assertThat(processed(List.of(first, second))).isEqualTo(2);
        assertThat(organisations(List.of(after))).isZero();

        // the container then hands over the rest, from the record after the dead-lettered one
        listener.on(List.of(after));
        assertThat(organisations(List.of(first, second, after))).isEqualTo(3);
    }

    /**
     * A batch's seat rows are derived once, before its commit, from everything the batch applied, whatever order
     * its records came in: here the enrolment comes first, then the cohort's start, the staff member and the
     * employer. A later batch that changes the employer moves the seat to the new size band.
     */
    @Test
    void theSeatsABatchTouchesAreDerivedFromAllOfItsEventsBeforeItCommits() {
        UUID employer = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        UUID cohort = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        UUID enrolment = UUID.randomUUID();
        UUID alliance = UUID.randomUUID();
        LocalDate start = LocalDate.of(2026, 3, 2);
        ConsumerRecord<String, String> confirmed = record(
                Topics.CURRICULUM,
                20,
                EventTypes.ENROLMENT_CONFIRMED,
                cohort,
                new EnrolmentConfirmed(
                        enrolment, cohort, course, staff, employer, EnrolmentStatus.CONFIRMED, null, null));
        ConsumerRecord<String, String> started = record(
                Topics.CURRICULUM,
                21,
                EventTypes.COHORT_STATUS_CHANGED,
                cohort,
                new CohortStatusChanged(
                        cohort,
                        course,
                        alliance,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        start,
                        start.plusDays(5),
                        start.minusMonths(1),
                        start.minusDays(1),
                        20,
                        5,
                        null,
                        new CohortCost(Pricing.TOTAL, 100_000, "EUR"),
                        CohortStatus.RUNNING,
                        CohortStatus.OPEN,
                        1));
        ConsumerRecord<String, String> person = record(
                Topics.MEMBER,
                22,
                EventTypes.STAFF_REGISTERED,
                staff,
                new StaffRegistered(
                        staff, employer, "7223", LocalDate.of(2015, 1, 1), true, Gender.FEMALE, AgeBand.AGE_35_44));

        listener.on(List.of(confirmed, started, person, person, organisation(employer, 23)));

        assertThat(seat(enrolment))
                .isEqualTo(Map.of(
                        "cohort_start",
                        start.toString(),
                        "size_band",
                        "SMALL",
                        "gender",
                        "FEMALE",
                        "staff_id",
                        staff.toString()));

        listener.on(List.of(record(
                Topics.MEMBER,
                24,
                EventTypes.ORGANISATION_REGISTERED,
                employer,
                new OrganisationRegistered(
                        employer, OrganisationType.EMPLOYER, "DE", "DE21", "C25.62", 80, SizeBand.MEDIUM))));

        assertThat(seat(enrolment)).containsEntry("size_band", "MEDIUM");
        assertThat(jdbc.sql("select count(*) from rp_seat where staff_id = :staff")
                        .param("staff", staff)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    /**
     * A claim for workplace learning has no cohort (issue 20): its approval is projected beside a cohort claim's, with
     * {@code cohort_id} null, and the same batch again changes nothing.
     */
    @Test
    void anApprovedClaimWithoutACohortIsProjectedBesideACohortsClaim() {
        UUID award = UUID.randomUUID();
        UUID learningClaim = UUID.randomUUID();
        UUID cohortClaim = UUID.randomUUID();
        List<ConsumerRecord<String, String>> batch = List.of(
                approved(30, learningClaim, award, null, 27_327, List.of()),
                approved(31, cohortClaim, award, COHORT, 120_000, List.of(UUID.randomUUID())));

        listener.on(batch);
        listener.on(batch);

        assertThat(jdbc.sql("select id, cast(cohort_id as text) as cohort, amount_minor from rp_claim"
                                + " where award_id = :award order by amount_minor")
                        .param("award", award)
                        .query((rs, n) ->
                                rs.getObject("id") + " " + rs.getString("cohort") + " " + rs.getLong("amount_minor"))
                        .list())
                .containsExactly(learningClaim + " null 27327", cohortClaim + " " + COHORT + " 120000");
        assertThat(processed(batch)).isEqualTo(2);
    }

    /** A {@code ClaimApproved} of one programme's award to one employer, for the cohort given or for none. */
    private ConsumerRecord<String, String> approved(
            long offset, UUID claim, UUID award, UUID cohort, long amount, List<UUID> enrolments) {
        return record(
                Topics.FUNDING,
                offset,
                EventTypes.CLAIM_APPROVED,
                award,
                new ClaimApproved(claim, award, PROGRAMME, EMPLOYER, cohort, amount, "EUR", enrolments));
    }

    private Map<String, String> seat(UUID enrolment) {
        return jdbc.sql("""
                select cast(cohort_start as text) as cohort_start, size_band, gender, cast(staff_id as text) as staff_id
                from rp_seat where enrolment_id = :id""")
                .param("id", enrolment)
                .query((rs, n) -> Map.of(
                        "cohort_start",
                        rs.getString("cohort_start"),
                        "size_band",
                        rs.getString("size_band"),
                        "gender",
                        rs.getString("gender"),
                        "staff_id",
                        rs.getString("staff_id")))
                .optional()
                .orElse(Map.of());
    }

    private ConsumerRecord<String, String> organisation(UUID id, long offset) {
        return record(
                Topics.MEMBER,
                offset,
                EventTypes.ORGANISATION_REGISTERED,
                id,
                new OrganisationRegistered(id, OrganisationType.EMPLOYER, "DE", "DE21", "C25.62", 20, SizeBand.SMALL));
    }

    private ConsumerRecord<String, String> record(String topic, long offset, String type, UUID key, Object payload) {
        String source = switch (topic) {
            case Topics.MEMBER -> "member-service";
            case Topics.FUNDING -> "funding-service";
            default -> "curriculum-service";
        };
        String json = registry.toJson(registry.envelope(type, key.toString(), source, payload));
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, offset, key.toString(), json);
        record.headers().add("event-type", type.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private long organisations(List<ConsumerRecord<String, String>> records) {
        return jdbc.sql("select count(*) from rp_organisation where id = any(:ids)")
                .param(
                        "ids",
                        records.stream().map(r -> UUID.fromString(r.key())).toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }

    private long processed(List<ConsumerRecord<String, String>> records) {
        return jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = any(:ids)")
                .param("consumer", ProjectionListener.CONSUMER)
                .param(
                        "ids",
                        records.stream()
                                .map(r -> registry.parse(r.value()).eventId())
                                .toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }
}
