package org.skillalliance.member.apiclient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.skillalliance.member.invitation.KeycloakAdminCalls;
import org.skillalliance.member.invitation.KeycloakUnavailable;
import org.skillalliance.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The Keycloak side of machine clients, through {@link KeycloakClientsApi} and the guards of every admin API call
 * ({@link KeycloakAdminCalls}: circuit breaker, time limit, retries for the steps that may be repeated).
 *
 * <p>A machine client is a confidential client (client credentials only: service account on, standard, implicit and
 * password flows off) with the client attribute {@code skill-alliance.machine-client = true}, which puts it under the
 * realm's {@code machine-clients} client policy (Keycloak's secret rotation). Its access tokens live
 * {@link #TOKEN_LIFESPAN}, name the API's audience and carry {@code org_id} from the service account's user attribute,
 * as people's tokens do; the service account holds the organisation's realm role.
 */
@Component
class KeycloakMachineClients {

    /** How long a machine client's access token lives, set on the client (the realm's default could change). */
    static final Duration TOKEN_LIFESPAN = Duration.ofMinutes(5);
    /** The client attribute the realm's {@code machine-clients} client policy (secret rotation) applies to. */
    static final String MACHINE_CLIENT_ATTRIBUTE = "skill-alliance.machine-client";

    private static final Logger log = LoggerFactory.getLogger(KeycloakMachineClients.class);
    private static final String AUDIENCE = "skill-alliance-api";
    private static final String UNAVAILABLE = "so nothing was changed";

    private final KeycloakClientsApi keycloak;
    private final KeycloakAdminCalls calls;

    KeycloakMachineClients(KeycloakClientsApi keycloak, KeycloakAdminCalls calls) {
        this.keycloak = keycloak;
        this.calls = calls;
    }

    /** A client made in Keycloak: its internal id and its first secret. */
    record Created(String keycloakId, String secret) {}

    /**
     * Creates the client, gives its service account the organisation's {@code org_id} and realm role, and reads its
     * secret. When a step after the creation fails, the client is deleted again, so that none without its role or
     * organisation stays behind.
     *
     * @throws KeycloakUnavailable when Keycloak cannot be used now, or member-service may not manage clients
     */
    Created create(String clientId, String name, UUID organisationId, String realmRole) {
        requireConfigured();
        KeycloakClientsApi.Identified role =
                call("read the realm role " + realmRole, true, () -> keycloak.realmRole(calls.realm(), realmRole));
        String keycloakId = call("create the client", false, () -> {
            URI location = keycloak.createClient(calls.realm(), representation(clientId, name, organisationId))
                    .getHeaders()
                    .getLocation();
            if (location == null) {
                throw KeycloakUnavailable.now("Keycloak created the client but did not say where (no Location header)");
            }
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        });
        try {
            String serviceAccount = call(
                    "read the client's service account",
                    true,
                    () -> keycloak.serviceAccount(calls.realm(), keycloakId).id());
            call("give the service account its organisation", true, () -> {
                keycloak.updateUser(
                        calls.realm(),
                        serviceAccount,
                        Map.of("attributes", Map.of("org_id", List.of(organisationId.toString()))));
                return null;
            });
            call("grant the service account its realm role", false, () -> {
                keycloak.grantRealmRoles(
                        calls.realm(), serviceAccount, List.of(Map.of("id", role.id(), "name", role.name())));
                return null;
            });
            String secret = call(
                    "read the client's secret",
                    true,
                    () -> keycloak.secret(calls.realm(), keycloakId).value());
            return new Created(keycloakId, secret);
        } catch (RuntimeException failure) {
            removeHalfMade(clientId, keycloakId);
            throw failure;
        }
    }

    /** The secret's rotation: the new secret, and until when the one before stays valid (as Keycloak holds it). */
    record Rotation(String secret, Instant previousSecretValidUntil) {}

    /**
     * A new secret; the one before stays valid until {@code previousValidUntil} (whole seconds; now: not at all). The
     * secret is regenerated by Keycloak, whose {@code machine-clients} policy keeps the old one as the rotated secret
     * for at most {@link ApiClient#LONGEST_GRACE}; then its end is set to the moment asked for. Should that second step
     * fail, the rotation stands (its new secret must reach the caller) and the old secret stays valid for the policy's
     * 7 days, which the answer says.
     */
    Rotation rotate(String keycloakId, Instant now, Instant previousValidUntil) {
        requireConfigured();
        String secret = call(
                "regenerate the client's secret",
                false,
                () -> keycloak.regenerateSecret(calls.realm(), keycloakId).value());
        try {
            if (!previousValidUntil.isAfter(now)) {
                call("end the previous secret", true, () -> {
                    keycloak.invalidateRotatedSecret(calls.realm(), keycloakId);
                    return null;
                });
            } else {
                // Keycloak accepts the rotated secret while its expiration second is not past: the second before
                // previousValidUntil is the last one it works in
                String lastSecond = String.valueOf(previousValidUntil.getEpochSecond() - 1);
                call("set the previous secret's end", true, () -> {
                    keycloak.updateClient(
                            calls.realm(),
                            keycloakId,
                            Map.of("attributes", Map.of("client.secret.rotated.expiration.time", lastSecond)));
                    return null;
                });
            }
            return new Rotation(secret, previousValidUntil);
        } catch (ApiException failure) {
            Instant policyEnd = now.plus(ApiClient.LONGEST_GRACE);
            log.error(
                    "Rotated the secret of Keycloak client {}, but could not set the previous secret's end ({}): it "
                            + "stays valid until {}, the realm policy's limit",
                    keycloakId,
                    failure.getMessage(),
                    policyEnd);
            return new Rotation(secret, policyEnd);
        }
    }

    /**
     * Deletes the client: Keycloak issues no token for it any more. One Keycloak no longer has (deleted by hand) is gone
     * already.
     */
    void delete(String keycloakId) {
        requireConfigured();
        try {
            call("delete the client", true, () -> {
                keycloak.deleteClient(calls.realm(), keycloakId);
                return null;
            });
        } catch (ClientGone gone) {
            log.info("Keycloak client {} was gone already", keycloakId);
        }
    }

    private void requireConfigured() {
        if (!calls.configured()) {
            throw KeycloakUnavailable.misconfigured("machine clients are switched off: member-service has no client "
                    + "secret for Keycloak's admin API (set MEMBER_SERVICE_CLIENT_SECRET)");
        }
    }

    /** Keycloak answered 404 for the client: it was deleted there, not through member-service. */
    static final class ClientGone extends ApiException {
        ClientGone(String description) {
            super(
                    HttpStatus.CONFLICT,
                    "conflict",
                    "Conflict",
                    "Keycloak no longer has this client (it was removed there, not here), so member-service could not "
                            + description + "; revoke it",
                    List.of());
        }
    }

    private <T> T call(String description, boolean idempotent, Supplier<T> request) {
        try {
            return calls.call(description, idempotent, UNAVAILABLE, request);
        } catch (HttpClientErrorException refused) {
            HttpStatus status = HttpStatus.resolve(refused.getStatusCode().value());
            if (status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN) {
                log.error("Keycloak refused member-service's service account to {}: {}", description, status);
                throw KeycloakUnavailable.misconfigured("Keycloak does not let member-service " + description
                        + " (HTTP " + refused.getStatusCode().value() + "): its client needs the realm-management "
                        + "roles manage-clients, view-clients, manage-users and view-realm");
            }
            if (status == HttpStatus.NOT_FOUND) {
                throw new ClientGone(description);
            }
            log.warn("Keycloak refused to {}: {} {}", description, status, refused.getResponseBodyAsString());
            throw KeycloakUnavailable.now("Keycloak refused to " + description + " (HTTP "
                    + refused.getStatusCode().value() + ")");
        }
    }

    /** Best effort: a client without its role or organisation must not stay behind. */
    private void removeHalfMade(String clientId, String keycloakId) {
        try {
            keycloak.deleteClient(calls.realm(), keycloakId);
            log.warn("Removed the half-made Keycloak client {} again", clientId);
        } catch (RuntimeException failure) {
            log.error(
                    "Keycloak client {} ({}) is half made and could not be removed ({}): remove it in Keycloak",
                    clientId,
                    keycloakId,
                    failure.toString());
        }
    }

    private static Map<String, Object> representation(String clientId, String name, UUID organisationId) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("name", name);
        client.put(
                "description",
                "Machine client of organisation " + organisationId + ", registered through member-service");
        client.put("enabled", true);
        client.put("protocol", "openid-connect");
        client.put("publicClient", false);
        client.put("clientAuthenticatorType", "client-secret");
        client.put("serviceAccountsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("implicitFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        client.put("frontchannelLogout", false);
        client.put(
                "attributes",
                Map.of(
                        "access.token.lifespan",
                        String.valueOf(TOKEN_LIFESPAN.toSeconds()),
                        MACHINE_CLIENT_ATTRIBUTE,
                        "true",
                        "skill-alliance.organisation",
                        organisationId.toString()));
        client.put(
                "protocolMappers",
                List.of(
                        Map.of(
                                "name", "audience",
                                "protocol", "openid-connect",
                                "protocolMapper", "oidc-audience-mapper",
                                "config",
                                        Map.of(
                                                "included.custom.audience", AUDIENCE,
                                                "access.token.claim", "true",
                                                "id.token.claim", "false")),
                        Map.of(
                                "name", "org_id",
                                "protocol", "openid-connect",
                                "protocolMapper", "oidc-usermodel-attribute-mapper",
                                "config",
                                        Map.of(
                                                "user.attribute", "org_id",
                                                "claim.name", "org_id",
                                                "jsonType.label", "String",
                                                "access.token.claim", "true",
                                                "id.token.claim", "false",
                                                "userinfo.token.claim", "false"))));
        return client;
    }
}
