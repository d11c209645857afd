package org.skillalliance.member.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipApplied;
import org.skillalliance.contracts.member.MembershipRejected;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.contracts.member.MembershipSuspended;
import org.skillalliance.contracts.member.MembershipWithdrawn;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.member.alliance.AllianceManagement;
import org.skillalliance.member.organisation.Organisation;
import org.skillalliance.member.organisation.OrganisationManagement;
import org.skillalliance.messaging.outbox.Outbox;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applications to alliances and every later step of a membership. */
@Service
public class MembershipManagement {

    private static final Map<MembershipRole, OrganisationType> ROLE_FITS = Map.of(
            MembershipRole.MEMBER_EMPLOYER, OrganisationType.EMPLOYER,
            MembershipRole.PROVIDER, OrganisationType.TRAINING_PROVIDER,
            MembershipRole.COORDINATOR, OrganisationType.ASSOCIATION,
            MembershipRole.FUNDER, OrganisationType.FUNDER);

    private final JdbcMemberships memberships;
    private final AllianceManagement alliances;
    private final OrganisationManagement organisations;
    private final Outbox outbox;
    private final Clock clock;

    MembershipManagement(JdbcMemberships memberships, AllianceManagement alliances,
                         OrganisationManagement organisations, Outbox outbox, Clock clock) {
        this.memberships = memberships;
        this.alliances = alliances;
        this.organisations = organisations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * An organisation applies to join an alliance in a role.
     *
     * @throws ApiException.RuleViolation when the alliance or organisation does not exist or the role does not fit
     * @throws ApiException.Conflict      when the organisation already has an open membership of the alliance
     */
    @Transactional
    public Membership apply(MembershipRequest request) {
        if (alliances.find(request.allianceId()).isEmpty()) {
            throw new ApiException.RuleViolation("allianceId", "alliance " + request.allianceId() + " does not exist");
        }
        Organisation organisation = organisations.find(request.organisationId()).orElseThrow(() ->
                new ApiException.RuleViolation("organisationId", "organisation " + request.organisationId() + " does not exist"));
        OrganisationType fits = ROLE_FITS.get(request.role());
        if (organisation.type() != fits) {
            throw new ApiException.RuleViolation("role", "a " + organisation.type() + " cannot be a "
                    + request.role() + " (that role is for a " + fits + ")");
        }
        memberships.findOpen(request.allianceId(), request.organisationId()).ifPresent(open -> {
            throw new ApiException.Conflict("organisationId", "the organisation already has a membership of this alliance ("
                    + open.id() + ", " + open.status() + ")");
        });
        Membership membership = Membership.apply(request.allianceId(), request.organisationId(), request.role(),
                today(), clock.instant());
        memberships.insert(membership);
        outbox.append(EventTypes.MEMBERSHIP_APPLIED, membership.id(), new MembershipApplied(membership.id(),
                membership.allianceId(), membership.organisationId(), membership.role(), membership.status(),
                membership.appliedOn(), membership.joinedOn(), membership.leftOn(), membership.appliedOn()));
        return membership;
    }

    /** Admits an applicant or reinstates a suspended member. */
    @Transactional
    public Membership activate(UUID id) {
        Membership membership = load(id);
        membership.activate(today(), clock.instant());
        return save(membership, EventTypes.MEMBERSHIP_ACTIVATED);
    }

    @Transactional
    public Membership reject(UUID id) {
        Membership membership = load(id);
        membership.reject(clock.instant());
        return save(membership, EventTypes.MEMBERSHIP_REJECTED);
    }

    @Transactional
    public Membership suspend(UUID id) {
        Membership membership = load(id);
        membership.suspend(clock.instant());
        return save(membership, EventTypes.MEMBERSHIP_SUSPENDED);
    }

    @Transactional
    public Membership withdraw(UUID id) {
        Membership membership = load(id);
        membership.withdraw(today(), clock.instant());
        return save(membership, EventTypes.MEMBERSHIP_WITHDRAWN);
    }

    @Transactional(readOnly = true)
    public Membership get(UUID id) {
        return memberships.find(id).orElseThrow(() -> new ApiException.NotFound("membership", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Membership> list(MembershipFilter filter, PageQuery page) {
        return PageResponse.of(memberships.list(filter, page), page, memberships.count(filter));
    }

    private Membership load(UUID id) {
        return memberships.findForUpdate(id).orElseThrow(() -> new ApiException.NotFound("membership", id));
    }

    private Membership save(Membership m, String eventType) {
        memberships.update(m);
        LocalDate effectiveOn = today();
        Object payload = switch (eventType) {
            case EventTypes.MEMBERSHIP_ACTIVATED -> new MembershipActivated(m.id(), m.allianceId(), m.organisationId(),
                    m.role(), m.status(), m.appliedOn(), m.joinedOn(), m.leftOn(), effectiveOn);
            case EventTypes.MEMBERSHIP_REJECTED -> new MembershipRejected(m.id(), m.allianceId(), m.organisationId(),
                    m.role(), m.status(), m.appliedOn(), m.joinedOn(), m.leftOn(), effectiveOn);
            case EventTypes.MEMBERSHIP_SUSPENDED -> new MembershipSuspended(m.id(), m.allianceId(), m.organisationId(),
                    m.role(), m.status(), m.appliedOn(), m.joinedOn(), m.leftOn(), effectiveOn);
            case EventTypes.MEMBERSHIP_WITHDRAWN -> new MembershipWithdrawn(m.id(), m.allianceId(), m.organisationId(),
                    m.role(), m.status(), m.appliedOn(), m.joinedOn(), m.leftOn(), effectiveOn);
            default -> throw new IllegalArgumentException("not a membership transition: " + eventType);
        };
        outbox.append(eventType, m.id(), payload);
        return m;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
