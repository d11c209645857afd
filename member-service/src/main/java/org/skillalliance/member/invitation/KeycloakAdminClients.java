package org.skillalliance.member.invitation;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The {@link KeycloakAdminApi} client, configured as the {@code keycloak-admin} group under
 * {@code spring.http.serviceclient}.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "keycloak-admin", types = KeycloakAdminApi.class)
class KeycloakAdminClients {
}
