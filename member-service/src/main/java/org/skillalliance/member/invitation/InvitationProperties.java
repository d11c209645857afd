package org.skillalliance.member.invitation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Keycloak's invitation email behaves, under {@code skillalliance.invitations}.
 *
 * @param lifespan how long the email's set-password link works (Keycloak's action token lifespan, whole seconds)
 * @param clientId the client whose base address the "back to application" link of Keycloak's page after the password
 *                 is set leads to: the web app's
 */
@ConfigurationProperties("skillalliance.invitations")
public record InvitationProperties(Duration lifespan, String clientId) {

    public InvitationProperties {
        lifespan = lifespan == null ? Duration.ofHours(72) : lifespan;
        if (lifespan.toSeconds() < 1) {
            throw new IllegalArgumentException(
                    "skillalliance.invitations.lifespan must be at least 1 s, not " + lifespan);
        }
        clientId = clientId == null || clientId.isBlank() ? "skill-alliance-web" : clientId;
    }
}
