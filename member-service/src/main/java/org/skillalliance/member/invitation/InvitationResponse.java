package org.skillalliance.member.invitation;

import java.time.Instant;
import java.util.UUID;

/**
 * The invitation taken: the username and email as Keycloak keeps them (lower case), the role and the organisation,
 * {@code staffId} (the staff record a learner's login is linked to), and {@code expiresAt}, when the link of Keycloak's
 * set-password email stops working. It carries no Keycloak user id: the answer is the same whether a login was made
 * or the username or email belongs to a person outside the organisation (docs/security.md).
 */
record InvitationResponse(
        String username, String email, String role, UUID organisationId, UUID staffId, Instant expiresAt) {

    static InvitationResponse of(InvitationManagement.Invited invited) {
        Invitation invitation = invited.invitation();
        return new InvitationResponse(
                invitation.username(),
                invitation.email(),
                invitation.role().realmRole(),
                invitation.organisationId(),
                invitation.staffId(),
                invited.expiresAt());
    }
}
