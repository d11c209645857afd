package org.skillalliance.member.organisation;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationUpdated;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes organisation events to the outbox as their contracts, keyed by the organisation; the legal name stays here.
 */
@Component
class OrganisationEventsPublisher {

    private final Outbox outbox;

    OrganisationEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(OrganisationEvent event) {
        Organisation o = event.organisation();
        var type = org.skillalliance.contracts.member.OrganisationType.valueOf(
                o.type().name());
        var sizeBand = o.sizeBand() == null
                ? null
                : org.skillalliance.contracts.member.SizeBand.valueOf(
                        o.sizeBand().name());
        switch (event) {
            case OrganisationEvent.Registered registered ->
                outbox.append(
                        EventTypes.ORGANISATION_REGISTERED,
                        o.id(),
                        new OrganisationRegistered(
                                o.id(), type, o.country(), o.region(), o.sectorCode(), o.headcount(), sizeBand));
            case OrganisationEvent.Updated updated ->
                outbox.append(
                        EventTypes.ORGANISATION_UPDATED,
                        o.id(),
                        new OrganisationUpdated(
                                o.id(), type, o.country(), o.region(), o.sectorCode(), o.headcount(), sizeBand));
        }
    }
}
