package org.skillalliance.member.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.skillalliance.member.alliance.Alliance;
import org.skillalliance.member.alliance.AllianceManagement;
import org.skillalliance.member.organisation.Organisation;
import org.skillalliance.member.organisation.OrganisationManagement;
import org.skillalliance.member.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications to alliances and every later step of a membership.
 *
 * <p>Who may do what: a membership is seen by the organisation itself, by the coordinator of its alliance and by admins;
 * to anyone else it does not exist (404). The organisation or the alliance's coordinator applies and withdraws; only
 * the coordinator admits, rejects, suspends and reinstates. Learners have no business here (403).
 */
@Service
public class MembershipManagement {

    private final JdbcMemberships memberships;
    private final AllianceManagement alliances;
    private final OrganisationManagement organisations;
    private final MembershipEventsPublisher events;
    private final Clock clock;

    MembershipManagement(
            JdbcMemberships memberships,
            AllianceManagement alliances,
            OrganisationManagement organisations,
            MembershipEventsPublisher events,
            Clock clock) {
        this.memberships = memberships;
        this.alliances = alliances;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An organisation applies to join an alliance in a role.
     *
     * @throws RuleBroken                 (422) when the alliance or organisation does not exist or the role does not fit
     * @throws ApiException.Conflict      when the organisation already has an open membership of the alliance
     * @throws ApiException.Forbidden           unless the caller acts for the organisation, coordinates the alliance or is an
     *                                    admin (alliances and organisations are public, so this is no 404)
     */
    @Transactional
    public Membership apply(Caller caller, MembershipRequest request) {
        caller.requireAnyRole("apply for memberships", Role.ORGANISATION_ROLES);
        Alliance alliance = alliances
                .find(request.allianceId())
                .orElseThrow(
                        () -> RuleBroken.rule("allianceId", "alliance " + request.allianceId() + " does not exist"));
        Organisation organisation = organisations
                .find(request.organisationId())
                .orElseThrow(() -> RuleBroken.rule(
                        "organisationId", "organisation " + request.organisationId() + " does not exist"));
        if (!caller.actsFor(organisation.id()) && !coordinates(caller, alliance)) {
            throw new ApiException.Forbidden("only the organisation itself or the alliance's coordinator may apply for "
                    + "organisation " + organisation.id());
        }
        MembershipEvent.Applied applied = Membership.apply(
                request.allianceId(),
                request.organisationId(),
                organisation.type(),
                request.role(),
                today(),
                clock.instant());
        memberships.findOpen(request.allianceId(), request.organisationId()).ifPresent(open -> {
            throw new ApiException.Conflict(
                    "organisationId",
                    "the organisation already has a membership of this alliance (" + open.id() + ", " + open.status()
                            + ")");
        });
        memberships.insert(applied.membership());
        events.publish(applied);
        return applied.membership();
    }

    /** Admits an applicant or reinstates a suspended member: the alliance's coordinator's call. */
    @Transactional
    public Membership activate(Caller caller, UUID id) {
        Membership membership = loadForCoordinator(caller, id, "admit or reinstate members");
        return save(membership.activate(today(), clock.instant()));
    }

    @Transactional
    public Membership reject(Caller caller, UUID id) {
        Membership membership = loadForCoordinator(caller, id, "reject applications");
        return save(membership.reject(today(), clock.instant()));
    }

    @Transactional
    public Membership suspend(Caller caller, UUID id) {
        Membership membership = loadForCoordinator(caller, id, "suspend members");
        return save(membership.suspend(today(), clock.instant()));
    }

    /** The organisation leaves, or its coordinator takes it out. */
    @Transactional
    public Membership withdraw(Caller caller, UUID id) {
        caller.requireAnyRole("withdraw memberships", Role.ORGANISATION_ROLES);
        Membership membership = loadVisible(caller, id);
        return save(membership.withdraw(today(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Membership get(Caller caller, UUID id) {
        caller.requireAnyRole("read memberships", Role.ORGANISATION_ROLES);
        Membership membership = memberships.find(id).orElseThrow(() -> new ApiException.NotFound("membership", id));
        if (!maySee(caller, membership)) {
            throw new ApiException.NotFound("membership", id);
        }
        return membership;
    }

    /** The memberships matching the filter that the caller may see: its organisation's and its alliances'. */
    @Transactional(readOnly = true)
    public PageResponse<Membership> list(Caller caller, MembershipFilter filter, PageQuery page) {
        caller.requireAnyRole("read memberships", Role.ORGANISATION_ROLES);
        if (caller.isAdmin()) {
            return PageResponse.of(memberships.list(filter, null, page), page, memberships.count(filter, null));
        }
        if (caller.organisationId() == null) {
            return PageResponse.of(List.of(), page, 0);
        }
        JdbcMemberships.Visibility visibleTo = new JdbcMemberships.Visibility(
                caller.organisationId(), caller.has(Role.COORDINATOR) ? caller.organisationId() : null);
        return PageResponse.of(memberships.list(filter, visibleTo, page), page, memberships.count(filter, visibleTo));
    }

    /**
     * Whether the organisation is an active member of an alliance that {@code associationId} coordinates: what lets that
     * association's coordinator act for the organisation's people (invitations). Applicants, suspended and former
     * members do not count.
     */
    @Transactional(readOnly = true)
    public boolean isActiveMemberOfAllianceCoordinatedBy(UUID organisationId, UUID associationId) {
        return organisationId != null
                && associationId != null
                && memberships.activeInAllianceCoordinatedBy(organisationId, associationId);
    }

    private Membership loadForCoordinator(Caller caller, UUID id, String action) {
        caller.requireAnyRole(action, Role.COORDINATOR);
        Membership membership = loadVisible(caller, id);
        if (!caller.isAdmin() && !coordinates(caller, alliances.get(membership.allianceId()))) {
            throw new ApiException.Forbidden(
                    "only the coordinator of alliance " + membership.allianceId() + " may " + action);
        }
        return membership;
    }

    /** Locks the membership for a change; another tenant's answers 404 like a missing one. */
    private Membership loadVisible(Caller caller, UUID id) {
        Membership membership =
                memberships.findForUpdate(id).orElseThrow(() -> new ApiException.NotFound("membership", id));
        if (!maySee(caller, membership)) {
            throw new ApiException.NotFound("membership", id);
        }
        return membership;
    }

    private boolean maySee(Caller caller, Membership membership) {
        return caller.actsFor(membership.organisationId())
                || coordinates(caller, alliances.get(membership.allianceId()));
    }

    /** A coordinator acting for the association that runs the alliance. */
    private static boolean coordinates(Caller caller, Alliance alliance) {
        return caller.has(Role.COORDINATOR)
                && caller.organisationId() != null
                && caller.organisationId().equals(alliance.coordinatorId());
    }

    private Membership save(MembershipEvent event) {
        memberships.update(event.membership());
        events.publish(event);
        return event.membership();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
