package org.skillalliance.reporting.projection;

import java.sql.Timestamp;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipApplied;
import org.skillalliance.contracts.member.MembershipRejected;
import org.skillalliance.contracts.member.MembershipSuspended;
import org.skillalliance.contracts.member.MembershipWithdrawn;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationUpdated;
import org.skillalliance.contracts.member.StaffConsentChanged;
import org.skillalliance.contracts.member.StaffErased;
import org.skillalliance.contracts.member.StaffLeft;
import org.skillalliance.contracts.member.StaffRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projections of member-service's events: alliances (who coordinates them), organisations, memberships and staff
 * (consent, employment, erasure, which takes the staff id out of the person's workplace learning too).
 */
@Component
class MemberProjection {

    private final JdbcClient jdbc;
    private final EventRegistry registry;
    private final SeatFacts seats;
    private final ErasedLearners erasedLearners;

    MemberProjection(JdbcClient jdbc, EventRegistry registry, SeatFacts seats, ErasedLearners erasedLearners) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.seats = seats;
        this.erasedLearners = erasedLearners;
    }

    /** Applies the event if it is one of {@code member-events}'s that the reports need; false for any other. */
    boolean project(EventEnvelope event, Timestamp at) {
        switch (event.eventType()) {
            case EventTypes.ALLIANCE_CREATED -> alliance(payload(event, AllianceCreated.class), at);
            case EventTypes.ORGANISATION_REGISTERED -> {
                OrganisationRegistered o = payload(event, OrganisationRegistered.class);
                organisation(
                        o.organisationId(),
                        o.type().name(),
                        o.country(),
                        o.region(),
                        o.sectorCode(),
                        o.headcount(),
                        o.sizeBand() == null ? null : o.sizeBand().name(),
                        at);
            }
            case EventTypes.ORGANISATION_UPDATED -> {
                OrganisationUpdated o = payload(event, OrganisationUpdated.class);
                organisation(
                        o.organisationId(),
                        o.type().name(),
                        o.country(),
                        o.region(),
                        o.sectorCode(),
                        o.headcount(),
                        o.sizeBand() == null ? null : o.sizeBand().name(),
                        at);
            }
            case EventTypes.MEMBERSHIP_APPLIED -> {
                MembershipApplied m = payload(event, MembershipApplied.class);
                membership(
                        m.membershipId(),
                        m.allianceId(),
                        m.organisationId(),
                        m.role().name(),
                        m.status().name(),
                        at);
            }
            case EventTypes.MEMBERSHIP_ACTIVATED -> {
                MembershipActivated m = payload(event, MembershipActivated.class);
                membership(
                        m.membershipId(),
                        m.allianceId(),
                        m.organisationId(),
                        m.role().name(),
                        m.status().name(),
                        at);
            }
            case EventTypes.MEMBERSHIP_SUSPENDED -> {
                MembershipSuspended m = payload(event, MembershipSuspended.class);
                membership(
                        m.membershipId(),
                        m.allianceId(),
                        m.organisationId(),
                        m.role().name(),
                        m.status().name(),
                        at);
            }
            case EventTypes.MEMBERSHIP_WITHDRAWN -> {
                MembershipWithdrawn m = payload(event, MembershipWithdrawn.class);
                membership(
                        m.membershipId(),
                        m.allianceId(),
                        m.organisationId(),
                        m.role().name(),
                        m.status().name(),
                        at);
            }
            case EventTypes.MEMBERSHIP_REJECTED -> {
                MembershipRejected m = payload(event, MembershipRejected.class);
                membership(
                        m.membershipId(),
                        m.allianceId(),
                        m.organisationId(),
                        m.role().name(),
                        m.status().name(),
                        at);
            }
            case EventTypes.STAFF_REGISTERED -> staffRegistered(payload(event, StaffRegistered.class), at);
            case EventTypes.STAFF_CONSENT_CHANGED -> staffConsent(payload(event, StaffConsentChanged.class), at);
            case EventTypes.STAFF_LEFT -> staffLeft(payload(event, StaffLeft.class), at);
            case EventTypes.STAFF_ERASED -> staffErased(payload(event, StaffErased.class), at);
            default -> {
                return false;
            }
        }
        return true;
    }

    private <P> P payload(EventEnvelope event, Class<P> type) {
        return registry.payload(event, type);
    }

    /**
     * Who coordinates the alliance (the access rules need it, no report shows it) and its currency (the overview's
     * evaluation adds up the money of the cohorts priced in it).
     */
    private void alliance(AllianceCreated a, Timestamp at) {
        jdbc.sql("""
                insert into rp_alliance (id, coordinator_id, currency, last_event_at)
                values (:id, :coordinatorId, :currency, :at)
                on conflict (id) do update set coordinator_id = excluded.coordinator_id, currency = excluded.currency,
                    last_event_at = excluded.last_event_at
                where rp_alliance.last_event_at <= excluded.last_event_at
                """)
                .param("id", a.allianceId())
                .param("coordinatorId", a.coordinatorId())
                .param("currency", a.currency())
                .param("at", at)
                .update();
    }

    private void organisation(
            Object id,
            String type,
            String country,
            String region,
            String sector,
            Integer headcount,
            String sizeBand,
            Timestamp at) {
        jdbc.sql("""
                insert into rp_organisation (id, type, country, region, sector_code, headcount, size_band, last_event_at)
                values (:id, :type, :country, :region, :sector, :headcount, :sizeBand, :at)
                on conflict (id) do update set type = excluded.type, country = excluded.country,
                    region = excluded.region, sector_code = excluded.sector_code, headcount = excluded.headcount,
                    size_band = excluded.size_band, last_event_at = excluded.last_event_at
                where rp_organisation.last_event_at <= excluded.last_event_at
                """)
                .param("id", id)
                .param("type", type)
                .param("country", country)
                .param("region", region)
                .param("sector", sector)
                .param("headcount", headcount)
                .param("sizeBand", sizeBand)
                .param("at", at)
                .update();
        seats.organisationChanged(id);
    }

    private void membership(
            Object id, Object allianceId, Object organisationId, String role, String status, Timestamp at) {
        jdbc.sql("""
                insert into rp_membership (id, alliance_id, organisation_id, role, status, last_event_at)
                values (:id, :allianceId, :organisationId, :role, :status, :at)
                on conflict (id) do update set status = excluded.status, last_event_at = excluded.last_event_at
                where rp_membership.last_event_at <= excluded.last_event_at
                """)
                .param("id", id)
                .param("allianceId", allianceId)
                .param("organisationId", organisationId)
                .param("role", role)
                .param("status", status)
                .param("at", at)
                .update();
    }

    private void staffRegistered(StaffRegistered s, Timestamp at) {
        jdbc.sql("""
                insert into rp_staff (id, employer_id, consent, consent_at, gender, age_band, employment_start, last_event_at)
                values (:id, :employerId, :consent, :at, :gender, :ageBand, :start, :at)
                on conflict (id) do update set employer_id = excluded.employer_id,
                    employment_start = excluded.employment_start,
                    last_event_at = greatest(rp_staff.last_event_at, excluded.last_event_at)
                """)
                .param("id", s.staffId())
                .param("employerId", s.employerId())
                .param("consent", s.consentToReporting())
                .param("gender", s.gender() == null ? null : s.gender().name())
                .param("ageBand", s.ageBand() == null ? null : s.ageBand().name())
                .param("start", s.employmentStart())
                .param("at", at)
                .update();
        consent(s.staffId(), s.consentToReporting(), s.gender(), s.ageBand(), at);
        seats.staffChanged(s.staffId());
    }

    private void staffConsent(StaffConsentChanged s, Timestamp at) {
        jdbc.sql("""
                insert into rp_staff (id, employer_id, last_event_at) values (:id, :employerId, :at)
                on conflict (id) do update set last_event_at = greatest(rp_staff.last_event_at, excluded.last_event_at)
                """)
                .param("id", s.staffId())
                .param("employerId", s.employerId())
                .param("at", at)
                .update();
        consent(s.staffId(), s.consentToReporting(), s.gender(), s.ageBand(), at);
        seats.staffChanged(s.staffId());
    }

    /** The latest consent wins, whatever order the staff member's events were applied in; erasure is final. */
    private void consent(Object staffId, boolean consent, Enum<?> gender, Enum<?> ageBand, Timestamp at) {
        jdbc.sql("""
                update rp_staff set consent = :consent, gender = :gender, age_band = :ageBand, consent_at = :at
                where id = :id and not erased and (consent_at is null or consent_at <= :at)
                """)
                .param("id", staffId)
                .param("consent", consent)
                .param("gender", consent && gender != null ? gender.name() : null)
                .param("ageBand", consent && ageBand != null ? ageBand.name() : null)
                .param("at", at)
                .update();
    }

    private void staffLeft(StaffLeft s, Timestamp at) {
        jdbc.sql("""
                insert into rp_staff (id, employer_id, employment_end, last_event_at)
                values (:id, :employerId, :end, :at)
                on conflict (id) do update set employment_end = excluded.employment_end,
                    last_event_at = greatest(rp_staff.last_event_at, excluded.last_event_at)
                """)
                .param("id", s.staffId())
                .param("employerId", s.employerId())
                .param("end", s.employmentEnd())
                .param("at", at)
                .update();
        seats.staffChanged(s.staffId());
    }

    /**
     * Erasure keeps the pseudonymous facts already counted but drops the equity fields for good, and the staff id from
     * the person's workplace learning, which then counts under the person's pseudonym ({@link ErasedLearners}). The
     * staff member's lock ({@link ErasedLearners#lockStaffMember}) is taken first, so that a sign-off applied at the
     * same time by another consumer is either committed before the rows are rewritten or sees the erasure.
     */
    private void staffErased(StaffErased s, Timestamp at) {
        ErasedLearners.lockStaffMember(jdbc, s.staffId());
        jdbc.sql("""
                insert into rp_staff (id, employer_id, consent, erased, last_event_at)
                values (:id, :employerId, false, true, :at)
                on conflict (id) do update set consent = false, gender = null, age_band = null, erased = true,
                    last_event_at = greatest(rp_staff.last_event_at, excluded.last_event_at)
                """)
                .param("id", s.staffId())
                .param("employerId", s.employerId())
                .param("at", at)
                .update();
        jdbc.sql("update rp_workplace_learning set learner = :pseudonym where learner = :id")
                .param("pseudonym", erasedLearners.pseudonym(s.staffId()))
                .param("id", s.staffId())
                .update();
        seats.staffChanged(s.staffId());
    }
}
