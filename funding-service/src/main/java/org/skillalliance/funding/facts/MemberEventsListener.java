package org.skillalliance.funding.facts;

import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps organisations and memberships current from {@code member.events.v1}. Organisation and membership events carry
 * their complete state, so each overwrites the copy (read through smaller local records: unknown fields are ignored).
 * The size band is taken as the event carries it: member-service derives it from the headcount, and every version of
 * its organisation events carries it (required for employers), so funding keeps no copy of that rule.
 */
@Component
class MemberEventsListener {

    static final String CONSUMER = "funding.member-facts";

    /** The fields of OrganisationRegistered / OrganisationUpdated funding needs. */
    record OrganisationState(
            UUID organisationId, String type, String region, String sectorCode, Integer headcount, SizeBand sizeBand) {}

    /** The fields every membership event carries. */
    record MembershipState(UUID membershipId, UUID allianceId, UUID organisationId, String role, String status) {}

    private final EventInbox inbox;
    private final JdbcFacts facts;

    MemberEventsListener(EventInbox inbox, JdbcFacts facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @KafkaListener(id = "funding-member-facts", topics = Topics.MEMBER, groupId = "funding-service")
    void on(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.eventType()) {
            case EventTypes.ORGANISATION_REGISTERED, EventTypes.ORGANISATION_UPDATED -> {
                OrganisationState o = inbox.payload(event, OrganisationState.class);
                facts.upsertOrganisation(
                        o.organisationId(),
                        o.type(),
                        o.region(),
                        o.sectorCode(),
                        o.headcount(),
                        o.sizeBand() == null
                                ? null
                                : org.skillalliance.funding.shared.SizeBand.valueOf(
                                        o.sizeBand().name()));
            }
            case EventTypes.MEMBERSHIP_APPLIED,
                    EventTypes.MEMBERSHIP_ACTIVATED,
                    EventTypes.MEMBERSHIP_SUSPENDED,
                    EventTypes.MEMBERSHIP_WITHDRAWN,
                    EventTypes.MEMBERSHIP_REJECTED -> {
                MembershipState m = inbox.payload(event, MembershipState.class);
                facts.upsertMembership(m.membershipId(), m.allianceId(), m.organisationId(), m.role(), m.status());
            }
            default -> {
                // alliances and staff carry nothing funding needs
            }
        }
    }
}
