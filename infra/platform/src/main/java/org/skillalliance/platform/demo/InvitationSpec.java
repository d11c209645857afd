package org.skillalliance.platform.demo;

import java.util.UUID;

/**
 * A person an organisation invites ({@code POST /api/organisations/{id}/invitations}); member-service creates their
 * Keycloak user with the organisation as {@code org_id} and the realm role, without a password: Keycloak emails the
 * person a link to set one.
 *
 * @param role    member-admin or learner (employers), coordinator (associations), provider, funder
 * @param staffId for a learner, the staff record of the organisation their login is linked to (their tokens carry it
 *                as {@code staff_id}); null for every other role
 */
public record InvitationSpec(
        String username, String email, String firstName, String lastName, String role, UUID staffId) {

    /** A person linked to no staff record (every role but learner). */
    public InvitationSpec(String username, String email, String firstName, String lastName, String role) {
        this(username, email, firstName, lastName, role, null);
    }
}
