package org.skillalliance.member.invitation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The part of Keycloak's API that invitations and notifications use: the token endpoint (client credentials) and the
 * admin API's users and realm roles, each admin call with the service account's bearer token. Its HTTP client is the
 * {@code keycloak-admin} group under {@code spring.http.serviceclient} (Keycloak's address and each attempt's timeout).
 * Lists are read as JSON text (the caller walks them as trees).
 */
@HttpExchange
interface KeycloakAdminApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoleAnswer(String id, String name) {
    }

    @PostExchange(url = "/realms/{realm}/protocol/openid-connect/token",
            contentType = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    TokenAnswer token(@PathVariable String realm, @RequestBody MultiValueMap<String, String> form);

    @GetExchange("/admin/realms/{realm}/roles/{role}")
    RoleAnswer realmRole(@RequestHeader("Authorization") String authorization, @PathVariable String realm,
                         @PathVariable String role);

    /** Keycloak answers 201 with the new user's address in {@code Location}. */
    @PostExchange("/admin/realms/{realm}/users")
    ResponseEntity<Void> createUser(@RequestHeader("Authorization") String authorization, @PathVariable String realm,
                                    @RequestBody Map<String, Object> user);

    @GetExchange("/admin/realms/{realm}/users?exact=true&briefRepresentation=false")
    String usersWith(@RequestHeader("Authorization") String authorization, @PathVariable String realm,
                     @RequestParam Map<String, String> attribute);

    @DeleteExchange("/admin/realms/{realm}/users/{id}")
    void deleteUser(@RequestHeader("Authorization") String authorization, @PathVariable String realm,
                    @PathVariable String id);

    @GetExchange("/admin/realms/{realm}/users/{id}/role-mappings/realm")
    String realmRolesOf(@RequestHeader("Authorization") String authorization, @PathVariable String realm,
                        @PathVariable String id);

    @PostExchange("/admin/realms/{realm}/users/{id}/role-mappings/realm")
    void grantRealmRoles(@RequestHeader("Authorization") String authorization, @PathVariable String realm,
                         @PathVariable String id, @RequestBody List<Map<String, String>> roles);

    /** Keycloak emails the user the link to carry out {@code actions}, good for {@code lifespan} seconds. */
    @PutExchange("/admin/realms/{realm}/users/{id}/execute-actions-email")
    void executeActionsEmail(@RequestHeader("Authorization") String authorization, @PathVariable String realm,
                             @PathVariable String id, @RequestParam long lifespan,
                             @RequestParam("client_id") String clientId, @RequestBody List<String> actions);

    @GetExchange("/admin/realms/{realm}/roles/{role}/users?briefRepresentation=false")
    String holdersOf(@RequestHeader("Authorization") String authorization, @PathVariable String realm,
                     @PathVariable String role, @RequestParam int first, @RequestParam int max);
}
