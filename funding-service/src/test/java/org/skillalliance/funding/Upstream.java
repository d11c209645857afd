package org.skillalliance.funding;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.contracts.curriculum.DeliveryMode;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.curriculum.SkillCategory;
import org.skillalliance.contracts.curriculum.WorkplaceLearningKind;
import org.skillalliance.contracts.curriculum.WorkplaceLearningSignedOff;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.contracts.member.MembershipStatus;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.contracts.member.SizeBand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Plays member-service and curriculum-service: publishes their events, built and validated with the
 * {@link EventRegistry}, to their topics on the real broker, and waits until funding-service's inbox has processed
 * them. Test data builders for the upstream facts funding needs.
 */
public final class Upstream {

    /** A cohort as scheduled, for building its later events. */
    public record Cohort(UUID id, UUID courseId, UUID allianceId, UUID organiserId, LocalDate start, CohortCost cost) {}

    /** An enrolment: its id, staff and employer. */
    public record Seat(UUID enrolmentId, UUID staffId, UUID employerId) {}

    private final KafkaTemplate<String, String> kafka;
    private final EventRegistry registry;
    private final JdbcClient jdbc;
    private final List<UUID> sent = new ArrayList<>();

    public Upstream(KafkaTemplate<String, String> kafka, EventRegistry registry, JdbcClient jdbc) {
        this.kafka = kafka;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /**
     * An employer of {@code headcount} staff in {@code band} (as member-service would derive it), {@code sector} and
     * {@code region}, active member of the alliance.
     */
    public UUID employer(UUID allianceId, int headcount, SizeBand band, String sector, String region) {
        UUID id = UUID.randomUUID();
        publish(
                Topics.MEMBER,
                EventTypes.ORGANISATION_REGISTERED,
                id,
                new OrganisationRegistered(id, OrganisationType.EMPLOYER, "DE", region, sector, headcount, band));
        UUID membership = UUID.randomUUID();
        LocalDate joined = LocalDate.of(2025, 6, 1);
        publish(
                Topics.MEMBER,
                EventTypes.MEMBERSHIP_ACTIVATED,
                membership,
                new MembershipActivated(
                        membership,
                        allianceId,
                        id,
                        MembershipRole.MEMBER_EMPLOYER,
                        MembershipStatus.ACTIVE,
                        joined.minusDays(5),
                        joined,
                        null,
                        joined));
        return id;
    }

    /** The organisation becomes an active member of one more alliance. */
    public void joins(UUID organisationId, UUID allianceId) {
        UUID membership = UUID.randomUUID();
        LocalDate joined = LocalDate.of(2025, 6, 1);
        publish(
                Topics.MEMBER,
                EventTypes.MEMBERSHIP_ACTIVATED,
                membership,
                new MembershipActivated(
                        membership,
                        allianceId,
                        organisationId,
                        MembershipRole.MEMBER_EMPLOYER,
                        MembershipStatus.ACTIVE,
                        joined.minusDays(5),
                        joined,
                        null,
                        joined));
    }

    public UUID course(UUID allianceId, String hours, List<String> priorityTags) {
        UUID id = UUID.randomUUID();
        course(id, allianceId, hours, priorityTags);
        return id;
    }

    /** Publishes a course of a given id (one whose cohorts were announced first, say). */
    public void course(UUID id, UUID allianceId, String hours, List<String> priorityTags) {
        publish(
                Topics.CURRICULUM,
                EventTypes.COURSE_PUBLISHED,
                id,
                new CoursePublished(
                        id,
                        allianceId,
                        UUID.randomUUID(),
                        "CNC-" + id.toString().substring(0, 4),
                        "CNC programming",
                        DeliveryMode.BLENDED,
                        new BigDecimal(hours),
                        List.of(new CourseSkill(UUID.randomUUID(), "local:cnc", SkillCategory.DIGITAL, 3)),
                        priorityTags,
                        null));
    }

    /** An open cohort of the course costing {@code amountMinor} EUR minor units (for the cohort or per seat). */
    public Cohort cohort(
            UUID courseId, UUID allianceId, UUID organiserId, LocalDate start, Pricing pricing, long amountMinor) {
        return cohort(courseId, allianceId, organiserId, start, pricing, amountMinor, "EUR");
    }

    /** An open cohort priced in another currency. */
    public Cohort cohort(
            UUID courseId,
            UUID allianceId,
            UUID organiserId,
            LocalDate start,
            Pricing pricing,
            long amountMinor,
            String currency) {
        UUID id = UUID.randomUUID();
        CohortCost cost = new CohortCost(pricing, amountMinor, currency);
        publish(
                Topics.CURRICULUM,
                EventTypes.COHORT_SCHEDULED,
                id,
                new CohortScheduled(
                        id,
                        courseId,
                        allianceId,
                        organiserId,
                        UUID.randomUUID(),
                        start,
                        start.plusDays(4),
                        start.minusDays(40),
                        start.minusDays(3),
                        12,
                        2,
                        null,
                        cost,
                        CohortStatus.OPEN));
        return new Cohort(id, courseId, allianceId, organiserId, start, cost);
    }

    public Seat confirm(Cohort cohort, UUID employerId) {
        return confirm(cohort, employerId, UUID.randomUUID());
    }

    /** A confirmed seat of a given staff member (the same person in several cohorts). */
    public Seat confirm(Cohort cohort, UUID employerId, UUID staffId) {
        Seat seat = new Seat(UUID.randomUUID(), staffId, employerId);
        publish(
                Topics.CURRICULUM,
                EventTypes.ENROLMENT_CONFIRMED,
                cohort.id(),
                new EnrolmentConfirmed(
                        seat.enrolmentId(),
                        cohort.id(),
                        cohort.courseId(),
                        seat.staffId(),
                        employerId,
                        EnrolmentStatus.CONFIRMED,
                        null,
                        null));
        return seat;
    }

    public Seat waitlist(Cohort cohort, UUID employerId) {
        Seat seat = new Seat(UUID.randomUUID(), UUID.randomUUID(), employerId);
        publish(
                Topics.CURRICULUM,
                EventTypes.ENROLMENT_WAITLISTED,
                cohort.id(),
                new EnrolmentWaitlisted(
                        seat.enrolmentId(),
                        cohort.id(),
                        cohort.courseId(),
                        seat.staffId(),
                        employerId,
                        EnrolmentStatus.WAITLISTED,
                        null,
                        1));
        return seat;
    }

    public void withdraw(Cohort cohort, Seat seat) {
        publish(
                Topics.CURRICULUM,
                EventTypes.ENROLMENT_WITHDRAWN,
                cohort.id(),
                new EnrolmentWithdrawn(
                        seat.enrolmentId(),
                        cohort.id(),
                        cohort.courseId(),
                        seat.staffId(),
                        seat.employerId(),
                        EnrolmentStatus.WITHDRAWN,
                        EnrolmentStatus.CONFIRMED,
                        null));
    }

    public void start(Cohort cohort, int confirmedSeats) {
        publish(
                Topics.CURRICULUM,
                EventTypes.COHORT_STATUS_CHANGED,
                cohort.id(),
                new CohortStatusChanged(
                        cohort.id(),
                        cohort.courseId(),
                        cohort.allianceId(),
                        cohort.organiserId(),
                        UUID.randomUUID(),
                        cohort.start(),
                        cohort.start().plusDays(4),
                        cohort.start().minusDays(40),
                        cohort.start().minusDays(3),
                        12,
                        2,
                        null,
                        cohort.cost(),
                        CohortStatus.RUNNING,
                        CohortStatus.OPEN,
                        confirmedSeats));
    }

    /** Records an outcome and returns the envelope, so that a test can deliver the very same event again. */
    public EventEnvelope outcome(Cohort cohort, Seat seat, EnrolmentOutcome outcome, String attendedHours) {
        return publish(
                Topics.CURRICULUM,
                EventTypes.ENROLMENT_OUTCOME_RECORDED,
                cohort.id(),
                new EnrolmentOutcomeRecorded(
                        seat.enrolmentId(),
                        cohort.id(),
                        cohort.courseId(),
                        seat.staffId(),
                        seat.employerId(),
                        outcome,
                        new BigDecimal(attendedHours),
                        40,
                        75,
                        5,
                        outcome == EnrolmentOutcome.COMPLETED,
                        outcome == EnrolmentOutcome.COMPLETED ? cohort.start().plusDays(4) : null));
    }

    /**
     * One staff member's learning at work signed off at level 3 on {@code signedOffOn}, with the logged sessions'
     * hours (their sum is the logged hours); returns the envelope, so that a test can deliver it again.
     */
    public EventEnvelope signedOff(
            WorkplaceLearningKind kind,
            UUID allianceId,
            UUID employerId,
            UUID staffId,
            LocalDate signedOffOn,
            String... sessionHours) {
        UUID learningId = UUID.randomUUID();
        BigDecimal logged =
                List.of(sessionHours).stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        return publish(
                Topics.CURRICULUM,
                EventTypes.WORKPLACE_LEARNING_SIGNED_OFF,
                learningId,
                new WorkplaceLearningSignedOff(
                        learningId,
                        kind,
                        allianceId,
                        employerId,
                        staffId,
                        UUID.randomUUID(),
                        "local:cnc",
                        SkillCategory.TECHNICAL,
                        3,
                        logged,
                        sessionHours.length,
                        signedOffOn.minusDays(30),
                        signedOffOn));
    }

    /** Delivers an already published event once more (a redelivery: same event id). */
    public void redeliver(EventEnvelope envelope) {
        send(Topics.CURRICULUM, envelope);
    }

    private EventEnvelope publish(String topic, String type, UUID aggregateId, Object payload) {
        String producer = Topics.MEMBER.equals(topic) ? "member-service" : "curriculum-service";
        EventEnvelope envelope = registry.envelope(type, aggregateId.toString(), producer, payload);
        send(topic, envelope);
        return envelope;
    }

    private void send(String topic, EventEnvelope envelope) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(topic, envelope.aggregateId(), registry.toJson(envelope));
        record.headers().add(EventEnvelope.TYPE_HEADER, envelope.eventType().getBytes(StandardCharsets.UTF_8));
        kafka.send(record);
        sent.add(envelope.eventId());
    }

    /** Waits until funding-service has processed every event published so far (its inbox recorded their ids). */
    public void awaitConsumed() {
        kafka.flush();
        List<UUID> expected = sent.stream().distinct().toList();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(distinct event_id) from processed_event where event_id in (:ids)")
                                .param("ids", expected)
                                .query(Long.class)
                                .single()
                        == expected.size());
    }
}
