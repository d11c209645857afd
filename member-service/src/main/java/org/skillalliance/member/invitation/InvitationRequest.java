package org.skillalliance.member.invitation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * {@code POST /api/organisations/{organisationId}/invitations}: who to invite and with which realm role; {@code staffId}
 * is required for a learner (the organisation's staff record the login is linked to) and refused for every other role.
 * There is no password: the person sets one through Keycloak's email (a {@code password} field is refused as unknown).
 */
record InvitationRequest(
        @NotBlank
        @Size(min = 3, max = 255)
        @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "may hold only letters, digits and . _ @ -")
        String username,

        @NotBlank
        @Size(max = 255)
        @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "is not an email address")
        String email,

        @NotBlank @Size(max = 255) String firstName,
        @NotBlank @Size(max = 255) String lastName,

        @NotBlank
        @Pattern(
                regexp = InvitableRole.PATTERN,
                message = "must be one of member-admin, learner, coordinator, provider, funder")
        String role,

        UUID staffId) {}
