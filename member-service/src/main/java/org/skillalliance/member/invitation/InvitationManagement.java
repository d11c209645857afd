package org.skillalliance.member.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.skillalliance.member.membership.MembershipManagement;
import org.skillalliance.member.organisation.Organisation;
import org.skillalliance.member.organisation.OrganisationManagement;
import org.skillalliance.member.shared.RuleBroken;
import org.skillalliance.member.staff.StaffManagement;
import org.skillalliance.member.staff.StaffStatus;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Inviting people: gives a person a Keycloak login acting for an organisation in one realm role, without a password:
 * Keycloak emails the person a link to set one (its execute-actions email), which expires after
 * {@code skillalliance.invitations.lifespan}.
 *
 * <p>Who may invite whom: an admin anyone; a {@code coordinator} the people of its own association and of every
 * organisation that is an active member of an alliance it coordinates, in any role that fits the organisation; a
 * {@code member-admin} the member-admins and learners of its own organisation. Every other role gets 403 before
 * anything is read; an organisation the caller may not invite for answers 404, as one that does not exist does.
 *
 * <p>Not transactional on purpose: the organisation and memberships are read in short transactions of their own, and
 * no database connection is held while Keycloak is asked. member-service writes nothing: the login lives in Keycloak.
 */
@Service
@EnableConfigurationProperties(InvitationProperties.class)
public class InvitationManagement {

    private static final Logger log = LoggerFactory.getLogger(InvitationManagement.class);

    private final OrganisationManagement organisations;
    private final MembershipManagement memberships;
    private final StaffManagement staff;
    private final KeycloakUsers keycloak;
    private final InvitationProperties properties;
    private final Clock clock;

    InvitationManagement(
            OrganisationManagement organisations,
            MembershipManagement memberships,
            StaffManagement staff,
            KeycloakUsers keycloak,
            InvitationProperties properties,
            Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.staff = staff;
        this.keycloak = keycloak;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * An invitation taken: what was asked for, and when the link of Keycloak's email stops working. It does not say
     * whether a login was made: for a username or email of a person outside the organisation nothing is (and no
     * email is sent), and the inviter's answer is the same (docs/security.md, "Invitations").
     */
    public record Invited(Invitation invitation, Instant expiresAt) {}

    /**
     * Creates the person's login in Keycloak: enabled, {@code org_id} = the organisation, the realm role, no password;
     * then Keycloak emails the person a link to set the password and verify the address ({@code UPDATE_PASSWORD},
     * {@code VERIFY_EMAIL}), good for {@code skillalliance.invitations.lifespan}. A username or email that a person
     * outside the organisation holds creates nothing, sends nothing and answers the same.
     *
     * @throws ApiException.Forbidden     unless the caller is an admin, coordinator or member-admin, and (for a
     *                                    member-admin) the role is member-admin or learner
     * @throws ApiException.NotFound      when the organisation does not exist or is not the caller's to invite for
     * @throws RuleBroken                (400) for a role that cannot be granted; (422) when the role does not fit
     *                                    the organisation's type, or (field {@code staffId}) a learner names no active
     *                                    staff member of the organisation, or another role names one
     * @throws ApiException.InvalidInput  for a value Keycloak refuses
     * @throws ApiException.Conflict      when a person of the organisation already has the username or the email
     *                                    (inviting again a person who has not accepted yet, with the same email, role
     *                                    and staff record, is no conflict: it sends a fresh link)
     * @throws KeycloakUnavailable        when Keycloak cannot be used now, or cannot send the email; nothing was
     *                                    provisioned (a user made before the email failed is removed again)
     */
    public Invited invite(
            Caller caller,
            UUID organisationId,
            String username,
            String email,
            String firstName,
            String lastName,
            String realmRole,
            UUID staffId) {
        caller.requireAnyRole("invite people", Role.COORDINATOR, Role.MEMBER_ADMIN);
        InvitableRole role = InvitableRole.of(realmRole)
                .orElseThrow(() -> RuleBroken.invalid(
                        "role",
                        "'" + realmRole + "' cannot be granted; one of "
                                + String.join(", ", InvitableRole.realmRoles())));
        Organisation organisation = organisations
                .find(organisationId)
                .orElseThrow(() -> new ApiException.NotFound("organisation", organisationId));
        boolean asCoordinator = coordinatesFor(caller, organisationId);
        boolean asMemberAdmin = caller.actsAs(Role.MEMBER_ADMIN, organisationId);
        if (!caller.isAdmin() && !asCoordinator && !asMemberAdmin) {
            throw new ApiException.NotFound("organisation", organisationId);
        }
        if (!caller.isAdmin() && !asCoordinator && !role.grantableByMemberAdmin()) {
            throw new ApiException.Forbidden("a member-admin invites only member-admins and learners of its own "
                    + "organisation, not a " + role.realmRole());
        }
        if (!role.fits(organisation.type())) {
            throw RuleBroken.rule(
                    "role",
                    "a " + role.realmRole() + " acts for a " + role.fits() + ", and organisation " + organisationId
                            + " is a " + organisation.type());
        }
        UUID linkedStaff = linkedStaff(role, organisationId, staffId);
        Invitation invitation = new Invitation(
                organisationId,
                username.trim().toLowerCase(Locale.ROOT),
                email.trim().toLowerCase(Locale.ROOT),
                firstName.trim(),
                lastName.trim(),
                role,
                linkedStaff);
        Instant expiresAt = clock.instant().plusSeconds(properties.lifespan().toSeconds());
        KeycloakUsers.Outcome outcome = keycloak.create(invitation, properties.lifespan(), properties.clientId());
        outcome.userId()
                .ifPresent(userId -> log.info(
                        "{} Keycloak user {} as {} for organisation {} (by {}); "
                                + "Keycloak emailed the set-password link, good until {}",
                        outcome.renewed() ? "Invited again" : "Invited",
                        userId,
                        role.realmRole(),
                        organisationId,
                        caller.subject(),
                        expiresAt));
        return new Invited(invitation, expiresAt);
    }

    /**
     * The staff record a learner's login is linked to (its tokens carry it as {@code staff_id}, so the learner sees
     * their own enrolments and credentials): required for a learner, an active staff member of the organisation; one
     * of another organisation answers as one that does not exist. Other roles are linked to no staff record.
     */
    private UUID linkedStaff(InvitableRole role, UUID organisationId, UUID staffId) {
        if (role != InvitableRole.LEARNER) {
            if (staffId != null) {
                throw RuleBroken.rule(
                        "staffId",
                        "only a learner's login is linked to a staff record, " + "not a " + role.realmRole() + "'s");
            }
            return null;
        }
        if (staffId == null) {
            throw RuleBroken.rule(
                    "staffId",
                    "a learner's login is linked to their staff record: " + "name a staff member of organisation "
                            + organisationId);
        }
        StaffStatus status = staff.statusAt(organisationId, staffId)
                .orElseThrow(() -> RuleBroken.rule(
                        "staffId", "staff member " + staffId + " does not exist at organisation " + organisationId));
        if (status != StaffStatus.ACTIVE) {
            throw RuleBroken.rule(
                    "staffId", "staff member " + staffId + " is " + status + "; only active staff get a login");
        }
        return staffId;
    }

    /**
     * A coordinator acting for the organisation itself (its association), or for the association that coordinates an
     * alliance the organisation is an active member of.
     */
    private boolean coordinatesFor(Caller caller, UUID organisationId) {
        if (!caller.has(Role.COORDINATOR) || caller.organisationId() == null) {
            return false;
        }
        return caller.organisationId().equals(organisationId)
                || memberships.isActiveMemberOfAllianceCoordinatedBy(organisationId, caller.organisationId());
    }
}
