package org.skillalliance.member.invitation;

import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A person to give a login: names, email, the one realm role and the organisation it acts for; for a learner the
 * staff record of the organisation the login is linked to ({@code staffId}, null for other roles). Usernames and
 * emails are lower case, as Keycloak keeps them. No password: the person sets one through Keycloak's email.
 */
@ValueObject
public record Invitation(
        UUID organisationId,
        String username,
        String email,
        String firstName,
        String lastName,
        InvitableRole role,
        UUID staffId) {}
