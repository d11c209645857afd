package org.skillalliance.member.staff;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.member.StaffConsentChanged;
import org.skillalliance.contracts.member.StaffErased;
import org.skillalliance.contracts.member.StaffLeft;
import org.skillalliance.contracts.member.StaffRegistered;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes staff events to the outbox as their contracts, keyed by the staff member. Names and email addresses never
 * leave member-service: a change of them alone ({@link StaffEvent.DetailsChanged}) is not announced, and the gender
 * and age band travel only with consent (the details hold none without it).
 */
@Component
class StaffEventsPublisher {

    private final Outbox outbox;

    StaffEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(Iterable<? extends StaffEvent> events) {
        events.forEach(this::publish);
    }

    void publish(StaffEvent event) {
        StaffMember s = event.member();
        StaffDetails d = s.details();
        switch (event) {
            case StaffEvent.Registered registered ->
                outbox.append(
                        EventTypes.STAFF_REGISTERED,
                        s.id(),
                        new StaffRegistered(
                                s.id(),
                                s.employerId(),
                                d.jobRoleIsco(),
                                d.employmentStart(),
                                d.consentToReporting(),
                                gender(d),
                                ageBand(d)));
            case StaffEvent.DetailsChanged changed -> {
                // nothing others need: see the class comment
            }
            case StaffEvent.ConsentChanged changed ->
                outbox.append(
                        EventTypes.STAFF_CONSENT_CHANGED,
                        s.id(),
                        new StaffConsentChanged(s.id(), s.employerId(), d.consentToReporting(), gender(d), ageBand(d)));
            case StaffEvent.Left left ->
                outbox.append(EventTypes.STAFF_LEFT, s.id(), new StaffLeft(s.id(), s.employerId(), d.employmentEnd()));
            case StaffEvent.Erased erased ->
                outbox.append(EventTypes.STAFF_ERASED, s.id(), new StaffErased(s.id(), s.employerId()));
        }
    }

    private static org.skillalliance.contracts.member.Gender gender(StaffDetails d) {
        return d.gender() == null
                ? null
                : org.skillalliance.contracts.member.Gender.valueOf(d.gender().name());
    }

    private static org.skillalliance.contracts.member.AgeBand ageBand(StaffDetails d) {
        return d.ageBand() == null
                ? null
                : org.skillalliance.contracts.member.AgeBand.valueOf(d.ageBand().name());
    }
}
