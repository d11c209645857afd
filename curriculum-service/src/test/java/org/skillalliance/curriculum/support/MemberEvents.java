package org.skillalliance.curriculum.support;

import static org.awaitility.Awaitility.await;

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
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.AllianceKind;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.contracts.member.MembershipStatus;
import org.skillalliance.contracts.member.MembershipSuspended;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.contracts.member.StaffErased;
import org.skillalliance.contracts.member.StaffLeft;
import org.skillalliance.contracts.member.StaffRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Plays member-service: publishes its events, built with the {@link EventRegistry}, to {@code member.events.v1} on the
 * real broker, and waits until the service has consumed them (its inbox recorded their ids).
 */
public final class MemberEvents {

    /** An employer with an active membership in an alliance. */
    public record Employer(UUID id, UUID membershipId, UUID allianceId) {}

    private final KafkaTemplate<String, String> kafka;
    private final EventRegistry registry;
    private final JdbcClient jdbc;
    private final List<UUID> sent = new ArrayList<>();

    public MemberEvents(KafkaTemplate<String, String> kafka, EventRegistry registry, JdbcClient jdbc) {
        this.kafka = kafka;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    public UUID alliance(String name) {
        return alliance(name, UUID.randomUUID());
    }

    /** An alliance coordinated by the organisation (an association). */
    public UUID alliance(String name, UUID coordinatorId) {
        UUID id = UUID.randomUUID();
        publish(
                EventTypes.ALLIANCE_CREATED,
                id,
                new AllianceCreated(id, coordinatorId, name, AllianceKind.SECTORAL, List.of("C25"), "DE21", "EUR"));
        return id;
    }

    /** Registers an employer (42 staff: SMALL) and activates its membership of the alliance. */
    public Employer activeEmployer(UUID allianceId) {
        return activeEmployer(allianceId, 42, SizeBand.SMALL);
    }

    /**
     * Registers an employer of this headcount and size band (as member-service would derive it from the headcount) and
     * activates its membership of the alliance.
     */
    public Employer activeEmployer(UUID allianceId, int headcount, SizeBand band) {
        UUID id = UUID.randomUUID();
        publish(
                EventTypes.ORGANISATION_REGISTERED,
                id,
                new OrganisationRegistered(id, OrganisationType.EMPLOYER, "DE", "DE21", "C25", headcount, band));
        UUID membership = UUID.randomUUID();
        LocalDate applied = LocalDate.now().minusMonths(2);
        publish(
                EventTypes.MEMBERSHIP_ACTIVATED,
                membership,
                new MembershipActivated(
                        membership,
                        allianceId,
                        id,
                        MembershipRole.MEMBER_EMPLOYER,
                        MembershipStatus.ACTIVE,
                        applied,
                        applied.plusDays(3),
                        null,
                        applied.plusDays(3)));
        return new Employer(id, membership, allianceId);
    }

    /** An active membership of the organisation in the alliance with the role (a coordinator, a provider, ...). */
    public UUID activeMembership(UUID allianceId, UUID organisationId, MembershipRole role) {
        UUID membership = UUID.randomUUID();
        LocalDate applied = LocalDate.now().minusMonths(2);
        publish(
                EventTypes.MEMBERSHIP_ACTIVATED,
                membership,
                new MembershipActivated(
                        membership,
                        allianceId,
                        organisationId,
                        role,
                        MembershipStatus.ACTIVE,
                        applied,
                        applied.plusDays(3),
                        null,
                        applied.plusDays(3)));
        return membership;
    }

    public void suspend(Employer employer) {
        LocalDate applied = LocalDate.now().minusMonths(2);
        publish(
                EventTypes.MEMBERSHIP_SUSPENDED,
                employer.membershipId(),
                new MembershipSuspended(
                        employer.membershipId(),
                        employer.allianceId(),
                        employer.id(),
                        MembershipRole.MEMBER_EMPLOYER,
                        MembershipStatus.SUSPENDED,
                        applied,
                        applied.plusDays(3),
                        null,
                        LocalDate.now()));
    }

    public UUID staff(Employer employer) {
        return staff(employer, "7223");
    }

    /** A staff member of the employer with this ISCO-08 job role (null: none given). */
    public UUID staff(Employer employer, String jobRoleIsco) {
        UUID id = UUID.randomUUID();
        publish(
                EventTypes.STAFF_REGISTERED,
                id,
                new StaffRegistered(
                        id, employer.id(), jobRoleIsco, LocalDate.now().minusYears(1), false, null, null));
        return id;
    }

    public List<UUID> staff(Employer employer, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(staff(employer));
        }
        return ids;
    }

    public void left(UUID staffId, Employer employer, LocalDate lastDay) {
        publish(EventTypes.STAFF_LEFT, staffId, new StaffLeft(staffId, employer.id(), lastDay));
    }

    /** member-service erased the staff member (only the pseudonymous id remains). */
    public void erased(UUID staffId, Employer employer) {
        publish(EventTypes.STAFF_ERASED, staffId, new StaffErased(staffId, employer.id()));
    }

    private void publish(String type, UUID aggregateId, Object payload) {
        EventEnvelope envelope = registry.envelope(type, aggregateId.toString(), "member-service", payload);
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.MEMBER, envelope.aggregateId(), registry.toJson(envelope));
        record.headers().add(EventEnvelope.TYPE_HEADER, type.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        kafka.send(record);
        sent.add(envelope.eventId());
    }

    /** Waits until the service has applied every event published so far. */
    public void awaitConsumed() {
        kafka.flush();
        List<UUID> expected = List.copyOf(sent);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from processed_event where event_id in (:ids)")
                                .param("ids", expected)
                                .query(Long.class)
                                .single()
                        == expected.size());
    }
}
