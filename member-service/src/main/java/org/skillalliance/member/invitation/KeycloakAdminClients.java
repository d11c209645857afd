package org.skillalliance.member.invitation;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The {@link KeycloakAdminApi} client, configured as the {@code keycloak-admin} group under
 * {@code spring.http.serviceclient}, and its bearer token: Spring Security's OAuth2 client-credentials support
 * ({@link OAuth2ClientHttpRequestInterceptor}) as member-service's confidential client, which fetches the service
 * account's token, keeps it until shortly before it expires and forgets it when Keycloak answers 401 or 403.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = KeycloakAdminClients.GROUP, types = KeycloakAdminApi.class)
public class KeycloakAdminClients {

    public static final String GROUP = "keycloak-admin";

    @Bean
    RestClientHttpServiceGroupConfigurer keycloakAdminToken(
            KeycloakAdminProperties properties,
            @Value("${spring.http.serviceclient.keycloak-admin.read-timeout}") Duration callTimeout) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(GROUP)
                .clientId(properties.clientId())
                .clientSecret(properties.hasSecret() ? properties.clientSecret() : "")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(properties.baseUrl() + "/realms/" + properties.realm() + "/protocol/openid-connect/token")
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        OAuth2AuthorizedClientService clients = new InMemoryOAuth2AuthorizedClientService(registrations);
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
        RestClientClientCredentialsTokenResponseClient tokens = new RestClientClientCredentialsTokenResponseClient();
        tokens.setRestClient(RestClient.builder()
                .requestFactory(requests(callTimeout))
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                // renewed 30 s before it expires, as member-service's own token fetch did (Spring's default: 60 s)
                .clientCredentials(credentials ->
                        credentials.accessTokenResponseClient(tokens).clockSkew(Duration.ofSeconds(30)))
                .build());
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        Authentication serviceAccount =
                UsernamePasswordAuthenticationToken.unauthenticated(properties.clientId(), null);
        bearer.setClientRegistrationIdResolver(request -> GROUP);
        bearer.setPrincipalResolver(request -> serviceAccount);
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(clients));
        return groups -> groups.filterByName(GROUP).forEachClient((group, client) -> client.requestInterceptor(bearer));
    }

    /** The token request's own HTTP client, as patient as the admin calls' (the JDK's, like theirs). */
    private static JdkClientHttpRequestFactory requests(Duration callTimeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(callTimeout).build());
        requests.setReadTimeout(callTimeout);
        return requests;
    }
}
