package org.skillalliance.curriculum.memberfacts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipApplied;
import org.skillalliance.contracts.member.MembershipRejected;
import org.skillalliance.contracts.member.MembershipSuspended;
import org.skillalliance.contracts.member.MembershipWithdrawn;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationUpdated;
import org.skillalliance.contracts.member.StaffErased;
import org.skillalliance.contracts.member.StaffLeft;
import org.skillalliance.contracts.member.StaffRegistered;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the member read model current from {@code member.events.v1}. Membership and organisation events carry their
 * complete state, so each one simply overwrites the copy; the inbox applies each event once.
 */
@Component
class MemberEventsListener {

    static final String CONSUMER = "curriculum.member-facts";

    private final EventInbox inbox;
    private final JdbcMemberFacts facts;

    MemberEventsListener(EventInbox inbox, JdbcMemberFacts facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @KafkaListener(id = "curriculum-member-facts", topics = Topics.MEMBER, groupId = "curriculum-service")
    void on(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.eventType()) {
            case EventTypes.ALLIANCE_CREATED -> {
                AllianceCreated a = inbox.payload(event, AllianceCreated.class);
                facts.upsertAlliance(a.allianceId(), a.name(), a.currency(), a.coordinatorId());
            }
            case EventTypes.ORGANISATION_REGISTERED -> {
                OrganisationRegistered o = inbox.payload(event, OrganisationRegistered.class);
                facts.upsertOrganisation(
                        o.organisationId(),
                        o.type().name(),
                        o.sizeBand() == null ? null : o.sizeBand().name(),
                        o.sectorCode());
            }
            case EventTypes.ORGANISATION_UPDATED -> {
                OrganisationUpdated o = inbox.payload(event, OrganisationUpdated.class);
                facts.upsertOrganisation(
                        o.organisationId(),
                        o.type().name(),
                        o.sizeBand() == null ? null : o.sizeBand().name(),
                        o.sectorCode());
            }
            case EventTypes.MEMBERSHIP_APPLIED -> {
                MembershipApplied m = inbox.payload(event, MembershipApplied.class);
                facts.upsertMembership(
                        m.membershipId(),
                        m.allianceId(),
                        m.organisationId(),
                        m.role().name(),
                        m.status().name(),
                        m.effectiveOn());
            }
            case EventTypes.MEMBERSHIP_ACTIVATED -> {
                MembershipActivated m = inbox.payload(event, MembershipActivated.class);
                facts.upsertMembership(
                        m.membershipId(),
                        m.allianceId(),
                        m.organisationId(),
                        m.role().name(),
                        m.status().name(),
                        m.effectiveOn());
            }
            case EventTypes.MEMBERSHIP_SUSPENDED -> {
                MembershipSuspended m = inbox.payload(event, MembershipSuspended.class);
                facts.upsertMembership(
                        m.membershipId(),
                        m.allianceId(),
                        m.organisationId(),
                        m.role().name(),
                        m.status().name(),
                        m.effectiveOn());
            }
            case EventTypes.MEMBERSHIP_WITHDRAWN -> {
                MembershipWithdrawn m = inbox.payload(event, MembershipWithdrawn.class);
                facts.upsertMembership(
                        m.membershipId(),
                        m.allianceId(),
                        m.organisationId(),
                        m.role().name(),
                        m.status().name(),
                        m.effectiveOn());
            }
            case EventTypes.MEMBERSHIP_REJECTED -> {
                MembershipRejected m = inbox.payload(event, MembershipRejected.class);
                facts.upsertMembership(
                        m.membershipId(),
                        m.allianceId(),
                        m.organisationId(),
                        m.role().name(),
                        m.status().name(),
                        m.effectiveOn());
            }
            case EventTypes.STAFF_REGISTERED -> {
                StaffRegistered s = inbox.payload(event, StaffRegistered.class);
                facts.upsertStaff(s.staffId(), s.employerId(), s.employmentStart(), s.jobRoleIsco());
            }
            case EventTypes.STAFF_LEFT -> {
                StaffLeft s = inbox.payload(event, StaffLeft.class);
                facts.staffLeft(s.staffId(), s.employerId(), s.employmentEnd());
            }
            case EventTypes.STAFF_ERASED ->
                facts.staffErased(inbox.payload(event, StaffErased.class).staffId());
            default -> {
                // other member events (consent changes) carry nothing enrolment needs
            }
        }
    }
}
