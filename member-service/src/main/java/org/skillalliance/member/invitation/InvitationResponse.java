package org.skillalliance.member.invitation;

import java.util.UUID;

/**
 * The invitation taken: the username and email as Keycloak keeps them (lower case), the role and the organisation, and
 * {@code initialPassword} only when member-service generated it (null when the inviter chose one). This answer is the
 * only place a generated password is ever shown. {@code staffId} is the staff record a learner's login is linked to.
 * It carries no Keycloak user id: the answer is the same whether a login
 * was made or the username or email belongs to a person outside the organisation (docs/security.md).
 */
record InvitationResponse(String username, String email, String role, UUID organisationId, String initialPassword,
                          UUID staffId) {

    static InvitationResponse of(Invitation invitation) {
        return new InvitationResponse(invitation.username(), invitation.email(), invitation.role().realmRole(),
                invitation.organisationId(),
                invitation.password().generated() ? invitation.password().reveal() : null, invitation.staffId());
    }

    @Override
    public String toString() {
        return "InvitationResponse[username=" + username + ", role=" + role + ", organisationId=" + organisationId + "]";
    }
}
