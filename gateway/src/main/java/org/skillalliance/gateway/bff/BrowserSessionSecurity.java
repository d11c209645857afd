package org.skillalliance.gateway.bff;

import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.skillalliance.gateway.GatewayProperties;
import org.skillalliance.gateway.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfServerLogoutHandler;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The second door, for browsers: every request without an {@code Authorization} header (those with one are the
 * machine clients', {@code GatewaySecurity}). A browser signs in with Keycloak through the gateway (authorisation code
 * with PKCE, the realm's public client {@code skill-alliance-web}); the session ({@code SESSION} cookie) then holds the
 * security context and the person's tokens, never the browser. {@code TokenRelay} (a default filter of every route)
 * puts the session's access token on the call to the service, refreshed first when it expires within
 * {@code refresh-before}.
 *
 * <p>State-changing calls need the {@code XSRF-TOKEN} cookie's value in {@code X-XSRF-TOKEN} (or the form field
 * {@code _csrf}); without it a signed-in session gets 403 problem+json. A request that is not signed in gets 401
 * problem+json, for {@code /api/**} and {@code /bff/**} alike, never a redirect to a login page; the web app's static
 * files and client-side routes are public.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSessionSecurity {

    static final String REGISTRATION = "keycloak";
    /** How long a token renewal waits for Keycloak's token endpoint, at most. */
    static final Duration TOKEN_ENDPOINT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Open to anyone, signed in or not; nothing there acts on a person's behalf, so no CSRF token is asked for. The
     * actuator paths answer only on the management port (management.server.port), whose requests pass these chains
     * too; the public port has {@code /livez} and {@code /readyz} for probes and 404 for {@code /actuator/**}.
     */
    static final String[] PUBLIC_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/livez",
        "/readyz",
        "/openapi/**",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/**",
        // verifiable credentials (issue 20): anyone checks a credential without an account; verifying writes nothing
        "/api/credentials/verify",
        "/api/credentials/issuer/jwks.json",
        "/api/credentials/status-lists/**"
    };

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(GatewayProperties properties) {
        GatewayProperties.Login login = properties.login();
        String browserRealm = login.publicRealmUrl() + "/protocol/openid-connect";
        String gatewayRealm = login.internalRealmUrl() + "/protocol/openid-connect";
        String keys = properties.jwkSetUri() == null || properties.jwkSetUri().isBlank()
                ? gatewayRealm + "/certs"
                : properties.jwkSetUri();
        String base = login.publicUrl().isEmpty() ? "{baseUrl}" : login.publicUrl();
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientName("Skill Alliance")
                .clientId(login.clientId())
                // a public client: no secret, so Spring Security sends a PKCE challenge (S256) with every request
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(base + "/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(browserRealm + "/auth")
                .tokenUri(gatewayRealm + "/token")
                .jwkSetUri(keys)
                .issuerUri(properties.issuer())
                // no user-info call: the ID token names the person, the access token carries roles and org_id
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", browserRealm + "/logout"))
                .build();
        return new InMemoryReactiveClientRegistrationRepository(keycloak);
    }

    /** The tokens live in the session (in memory in this gateway), so ending the session forgets them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /**
     * What TokenRelay and {@code /bff/session} ask for the session's access token: refreshed when it expires soon, by
     * one request of the session at a time ({@link OneRenewalAtATime}: the realm's refresh tokens are good for one use).
     */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(
            ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository clients,
            GatewayProperties properties) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(refresh -> refresh.clockSkew(properties.login().refreshBefore())
                        .accessTokenResponseClient(refreshClient()))
                .build());
        return new OneRenewalAtATime(manager);
    }

    /**
     * The token endpoint's client for renewals, with a response timeout: a renewal waits for Keycloak at most this long,
     * so the requests of a session queued behind it ({@link OneRenewalAtATime}) never wait for good.
     */
    private static WebClientReactiveRefreshTokenTokenResponseClient refreshClient() {
        HttpClient http = HttpClient.create()
                .responseTimeout(TOKEN_ENDPOINT_TIMEOUT)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) TOKEN_ENDPOINT_TIMEOUT.toMillis());
        WebClientReactiveRefreshTokenTokenResponseClient client =
                new WebClientReactiveRefreshTokenTokenResponseClient();
        client.setWebClient(WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .build());
        return client;
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browserSessionChain(
            ServerHttpSecurity http,
            GatewayProperties properties,
            ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository clients) {
        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        boolean secure = properties.login().secureCookies();
        csrfTokens.setCookieCustomizer(
                cookie -> cookie.sameSite("Lax").secure(secure).path("/"));
        WebSessionServerSecurityContextRepository contexts = new WebSessionServerSecurityContextRepository();
        RedirectServerAuthenticationSuccessHandler home = new RedirectServerAuthenticationSuccessHandler("/");
        home.setRequestCache(NoOpServerRequestCache.getInstance());
        return http.securityContextRepository(contexts)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .cors(Customizer.withDefaults())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(
                                CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                                new NegatedServerWebExchangeMatcher(
                                        ServerWebExchangeMatchers.pathMatchers(PUBLIC_PATHS))))
                        // the cookie's value itself in the header, as a single-page app sends it (no per-request mask)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler((exchange, denied) -> signedIn(contexts, exchange)
                                .flatMap(session -> session
                                        ? Problems.write(
                                                exchange.getResponse(),
                                                HttpStatus.FORBIDDEN,
                                                "csrf",
                                                "Forbidden",
                                                "a state-changing call of a browser session needs the XSRF-TOKEN cookie's "
                                                        + "value in the X-XSRF-TOKEN header (or the _csrf form field)")
                                        : unauthorized(exchange))))
                .addFilterAfter(issueCsrfCookie(), SecurityWebFiltersOrder.CSRF)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS)
                        .permitAll()
                        .pathMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .matchers(exchange -> WebAppPaths.isWebAppRead(exchange.getRequest())
                                ? MatchResult.match()
                                : MatchResult.notMatch())
                        .permitAll()
                        .anyExchange()
                        .authenticated())
                .oauth2Login(login -> login.clientRegistrationRepository(registrations)
                        .authorizedClientRepository(clients)
                        .authenticationSuccessHandler(home)
                        .authenticationFailureHandler((webExchange, failure) -> Problems.write(
                                webExchange.getExchange().getResponse(),
                                HttpStatus.UNAUTHORIZED,
                                "sign-in-failed",
                                "Unauthorized",
                                "the sign-in with Keycloak did not complete; start it again")))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutHandler(new DelegatingServerLogoutHandler(
                                new SecurityContextServerLogoutHandler(),
                                new WebSessionServerLogoutHandler(),
                                new CsrfServerLogoutHandler(csrfTokens)))
                        .logoutSuccessHandler(endKeycloakSession(registrations, properties)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized())
                        .accessDeniedHandler((exchange, denied) -> Problems.write(
                                exchange.getResponse(), HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "not allowed")))
                .build();
    }

    /** After the gateway's session ends, the browser goes through Keycloak's end-session endpoint back to {@code /}. */
    private static OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession(
            ReactiveClientRegistrationRepository registrations, GatewayProperties properties) {
        OidcClientInitiatedServerLogoutSuccessHandler handler =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        String base = properties.login().publicUrl().isEmpty()
                ? "{baseUrl}"
                : properties.login().publicUrl();
        handler.setPostLogoutRedirectUri(base + "/");
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }

    /**
     * The CSRF token is made lazily; subscribing to it on every browser request sets the {@code XSRF-TOKEN} cookie
     * (readable by the web app's script) before the response is written.
     */
    private static WebFilter issueCsrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
        };
    }

    /** Whether the request belongs to a signed-in session (the CSRF check runs before the context is loaded). */
    private static Mono<Boolean> signedIn(
            WebSessionServerSecurityContextRepository contexts, ServerWebExchange exchange) {
        return contexts.load(exchange)
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .hasElement();
    }

    private static ServerAuthenticationEntryPoint unauthorized() {
        return (exchange, failure) -> unauthorized(exchange);
    }

    private static Mono<Void> unauthorized(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer realm=\"skill-alliance\"");
        return Problems.write(
                exchange.getResponse(),
                HttpStatus.UNAUTHORIZED,
                "unauthorized",
                "Unauthorized",
                "sign in (GET /oauth2/authorization/keycloak) or send a valid bearer token");
    }
}
