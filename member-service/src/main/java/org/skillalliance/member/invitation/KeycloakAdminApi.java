package org.skillalliance.member.invitation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The part of Keycloak's admin API that invitations and notifications use: the realm's users and realm roles. Its HTTP
 * client is the {@code keycloak-admin} group under {@code spring.http.serviceclient} (Keycloak's address and each
 * attempt's timeout), which sends the service account's bearer token ({@link KeycloakAdminClients}). Lists are read as
 * JSON text (the caller walks them as trees).
 */
@HttpExchange
interface KeycloakAdminApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoleAnswer(String id, String name) {}

    @GetExchange("/admin/realms/{realm}/roles/{role}")
    RoleAnswer realmRole(@PathVariable String realm, @PathVariable String role);

    /** Keycloak answers 201 with the new user's address in {@code Location}. */
    @PostExchange("/admin/realms/{realm}/users")
    ResponseEntity<Void> createUser(@PathVariable String realm, @RequestBody Map<String, Object> user);

    @GetExchange("/admin/realms/{realm}/users?exact=true&briefRepresentation=false")
    String usersWith(@PathVariable String realm, @RequestParam Map<String, String> attribute);

    @DeleteExchange("/admin/realms/{realm}/users/{id}")
    void deleteUser(@PathVariable String realm, @PathVariable String id);

    @GetExchange("/admin/realms/{realm}/users/{id}/role-mappings/realm")
    String realmRolesOf(@PathVariable String realm, @PathVariable String id);

    @PostExchange("/admin/realms/{realm}/users/{id}/role-mappings/realm")
    void grantRealmRoles(
            @PathVariable String realm, @PathVariable String id, @RequestBody List<Map<String, String>> roles);

    /** Keycloak emails the user the link to carry out {@code actions}, good for {@code lifespan} seconds. */
    @PutExchange("/admin/realms/{realm}/users/{id}/execute-actions-email")
    void executeActionsEmail(
            @PathVariable String realm,
            @PathVariable String id,
            @RequestParam long lifespan,
            @RequestParam("client_id") String clientId,
            @RequestBody List<String> actions);

    @GetExchange("/admin/realms/{realm}/roles/{role}/users?briefRepresentation=false")
    String holdersOf(
            @PathVariable String realm, @PathVariable String role, @RequestParam int first, @RequestParam int max);
}
