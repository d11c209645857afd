package org.skillalliance.member.apiclient;

import org.skillalliance.member.invitation.KeycloakAdminClients;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** {@link KeycloakClientsApi} in the {@code keycloak-admin} group, beside the invitations' admin API. */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = KeycloakAdminClients.GROUP, types = KeycloakClientsApi.class)
class KeycloakClientsApiConfiguration {}
