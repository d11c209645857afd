package org.skillalliance.platform.demo;

/**
 * A person an organisation invites ({@code POST /api/organisations/{id}/invitations}); member-service creates their
 * Keycloak user with the organisation as {@code org_id} and the realm role.
 *
 * @param role     member-admin or learner (employers), coordinator (associations), provider, funder
 * @param password the initial password; null lets member-service choose one (answered as {@code initialPassword})
 */
public record InvitationSpec(String username, String email, String firstName, String lastName, String role,
                             String password) {
}
