package org.skillalliance.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The first door for machine clients: every request that carries an {@code Authorization} header is checked here,
 * statelessly, and never with a session or CSRF token (the web app's browser sessions have their own chain,
 * {@code bff.BrowserSessionSecurity}). Every request but health, the API descriptions, the public credential endpoints
 * ({@link PublicCredentialEndpoints}) and CORS preflights needs a valid token of the realm
 * (signature from the realm's keys, issuer, expiry with 5 s of clock skew, audience), checked before any service is
 * called, once per distinct token ({@link VerifiedTokenCache}). The same checks run again in every service
 * (security-support); the token is forwarded as it came.
 *
 * <p>Nothing of this chain touches a web session: the security context comes from the token alone and is never loaded
 * from or saved to a session, and no request is saved for after a sign-in. Spring Security's own observations (a span
 * and a timer for each filter chain, authentication and authorisation) are off for both chains: the request's own
 * observation ({@code http.server.requests}) already times every request, and they were in a tenth of the gateway's
 * profile samples of a proxied request (docs/gateway.md, Cost of a proxied request).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(GatewayProperties.class)
class GatewaySecurity {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /** Distinct valid tokens remembered at once (a few MB); far more than the clients of one alliance hold. */
    private static final int VERIFIED_TOKENS_KEPT = 10_000;

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewayProperties properties) {
        NimbusReactiveJwtDecoder decoder = properties.jwkSetUri() == null
                        || properties.jwkSetUri().isBlank()
                ? NimbusReactiveJwtDecoder.withIssuerLocation(properties.issuer())
                        .build()
                : NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(properties.audience()))));
        return new VerifiedTokenCache(decoder, VERIFIED_TOKENS_KEPT, CLOCK_SKEW, Clock.systemUTC());
    }

    /** No observation of Spring Security's filter chains, authentications or authorisations (see above). */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder) {
        return http.securityMatcher(GatewaySecurity::carriesAuthorization)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .cors(Customizer.withDefaults())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS)
                        .permitAll()
                        .pathMatchers(
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
                                "/webjars/**")
                        .permitAll()
                        .matchers(PublicCredentialEndpoints.MATCHER)
                        .permitAll()
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint((exchange, failure) -> {
                            exchange.getResponse()
                                    .getHeaders()
                                    .set(
                                            "WWW-Authenticate",
                                            "Bearer realm=\"skill-alliance\", error=\"invalid_token\"");
                            return Problems.write(
                                    exchange.getResponse(),
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthorized",
                                    "Unauthorized",
                                    "a valid bearer token is required: " + failure.getMessage());
                        })
                        .accessDeniedHandler((exchange, denied) -> Problems.write(
                                exchange.getResponse(), HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "not allowed")))
                .build();
    }

    /**
     * A request with any {@code Authorization} header is a machine client's (or a browser tool's) and is judged by its
     * token alone: a session cookie beside it is ignored, so the token a request names is the token relayed.
     */
    static Mono<ServerWebExchangeMatcher.MatchResult> carriesAuthorization(ServerWebExchange exchange) {
        return exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Request-Id"));
        cors.setExposedHeaders(List.of("X-Request-Id", "Location", "Retry-After"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
