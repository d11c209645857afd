package org.skillalliance.member.invitation;

import java.util.List;
import org.skillalliance.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * 503 {@code service-unavailable}: Keycloak's admin API cannot be used now (down, too slow, circuit open) or
 * member-service is not set up to use it (no client secret, refused credentials); the detail says which. Nothing was
 * provisioned.
 */
public final class KeycloakUnavailable extends ApiException {

    private final boolean retryable;

    private KeycloakUnavailable(String detail, boolean retryable) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable", detail, List.of());
        this.retryable = retryable;
    }

    /** Keycloak does not answer as it should now; the same request may work later. */
    public static KeycloakUnavailable now(String detail) {
        return new KeycloakUnavailable(detail, true);
    }

    /** member-service's own set-up keeps it from using Keycloak: trying again will not help until an operator acts. */
    public static KeycloakUnavailable misconfigured(String detail) {
        return new KeycloakUnavailable(detail, false);
    }

    /** Whether a later attempt may succeed (and the answer carries {@code Retry-After}). */
    public boolean isRetryable() {
        return retryable;
    }
}
