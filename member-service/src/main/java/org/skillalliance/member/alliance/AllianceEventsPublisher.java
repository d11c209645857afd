package org.skillalliance.member.alliance;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Writes alliance events to the outbox as their contracts, keyed by the alliance. */
@Component
class AllianceEventsPublisher {

    private final Outbox outbox;

    AllianceEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(AllianceEvent event) {
        Alliance a = event.alliance();
        switch (event) {
            case AllianceEvent.Created created ->
                outbox.append(
                        EventTypes.ALLIANCE_CREATED,
                        a.id(),
                        new AllianceCreated(
                                a.id(),
                                a.coordinatorId(),
                                a.name(),
                                org.skillalliance.contracts.member.AllianceKind.valueOf(
                                        a.kind().name()),
                                a.sectorCodes(),
                                a.region(),
                                a.currency()));
        }
    }
}
