package org.skillalliance.member.invitation;

import java.util.UUID;

/**
 * The login made: Keycloak's user id, the username and email as Keycloak keeps them (lower case), the role and the
 * organisation, and {@code initialPassword} only when member-service generated it (null when the inviter chose one).
 * This answer is the only place a generated password is ever shown.
 */
record InvitationResponse(String userId, String username, String email, String role, UUID organisationId,
                          String initialPassword) {

    static InvitationResponse of(String userId, Invitation invitation) {
        return new InvitationResponse(userId, invitation.username(), invitation.email(), invitation.role().realmRole(),
                invitation.organisationId(),
                invitation.password().generated() ? invitation.password().reveal() : null);
    }

    @Override
    public String toString() {
        return "InvitationResponse[userId=" + userId + ", role=" + role + ", organisationId=" + organisationId + "]";
    }
}
