package org.skillalliance.member.apiclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The part of Keycloak's admin API that machine clients use: the realm's clients, their secrets and their service
 * accounts. A member of the {@code keycloak-admin} HTTP service group ({@link KeycloakClientsApiConfiguration}), so
 * it has the invitations' address, timeouts and service-account token.
 */
@HttpExchange
interface KeycloakClientsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Identified(String id, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Secret(String value) {}

    /** Keycloak answers 201 with the new client's address (its internal id last) in {@code Location}. */
    @PostExchange("/admin/realms/{realm}/clients")
    ResponseEntity<Void> createClient(@PathVariable String realm, @RequestBody Map<String, Object> client);

    /** Changes the fields the body names and keeps the others (attributes are merged by name). */
    @PutExchange("/admin/realms/{realm}/clients/{id}")
    void updateClient(@PathVariable String realm, @PathVariable String id, @RequestBody Map<String, Object> client);

    @DeleteExchange("/admin/realms/{realm}/clients/{id}")
    void deleteClient(@PathVariable String realm, @PathVariable String id);

    @GetExchange("/admin/realms/{realm}/clients/{id}/client-secret")
    Secret secret(@PathVariable String realm, @PathVariable String id);

    /**
     * A new secret; under the realm's {@code machine-clients} policy Keycloak keeps the one before as the rotated
     * secret, valid for the policy's {@code rotated-expiration-period}.
     */
    @PostExchange("/admin/realms/{realm}/clients/{id}/client-secret")
    Secret regenerateSecret(@PathVariable String realm, @PathVariable String id);

    /** Ends the rotated secret's validity now. */
    @DeleteExchange("/admin/realms/{realm}/clients/{id}/client-secret/rotated")
    void invalidateRotatedSecret(@PathVariable String realm, @PathVariable String id);

    @GetExchange("/admin/realms/{realm}/clients/{id}/service-account-user")
    Identified serviceAccount(@PathVariable String realm, @PathVariable String id);

    /** Changes the fields the body names, here the service account's attributes. */
    @PutExchange("/admin/realms/{realm}/users/{id}")
    void updateUser(@PathVariable String realm, @PathVariable String id, @RequestBody Map<String, Object> user);

    @GetExchange("/admin/realms/{realm}/roles/{role}")
    Identified realmRole(@PathVariable String realm, @PathVariable String role);

    @PostExchange("/admin/realms/{realm}/users/{id}/role-mappings/realm")
    void grantRealmRoles(
            @PathVariable String realm, @PathVariable String id, @RequestBody List<Map<String, String>> roles);
}
