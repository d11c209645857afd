package org.skillalliance.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The resource-server setup every service shares: a service with security-support on its class path is secured, and
 * must say which realm it trusts ({@code skillalliance.security.issuer}), or it does not start.
 *
 * <p>Tokens: RS256-signed by the realm (keys from its JWKS, found through the issuer's discovery document, fetched on
 * first use so a service may start before Keycloak), issuer equal to the configured one, not expired (5 s of clock
 * skew), audience containing {@code skill-alliance-api}, and whatever further check a module adds as an
 * {@code OAuth2TokenValidator<Jwt>} bean (infra/token-revocation refuses revoked machine clients). Each distinct token's
 * signature is verified once and the token remembered until it expires ({@link VerifiedTokenCache}); every check runs
 * on every request. Unsigned ({@code alg: none}) tokens are refused by the
 * decoder. Health, the probes, the Prometheus scrape (on the management port) and the OpenAPI description stay open;
 * everything else needs a token.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class SecuritySupportAutoConfiguration {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    /** Distinct verified tokens a service keeps (a few MB at most), as the gateway. */
    static final int VERIFIED_TOKENS_KEPT = 10_000;

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties, ObjectProvider<OAuth2TokenValidator<Jwt>> moreChecks) {
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>(List.of(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(properties.audience()))));
        moreChecks.orderedStream().forEach(checks::add);
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(checks);
        JwtDecoder signature = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = properties.jwkSetUri() == null
                            || properties.jwkSetUri().isBlank()
                    ? NimbusJwtDecoder.withIssuerLocation(properties.issuer()).build()
                    : NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
            // parse and verify the signature only: the cache runs every check on every request
            decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
            return decoder;
        });
        return new VerifiedTokenCache(signature, validator, VERIFIED_TOKENS_KEPT, CLOCK_SKEW, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, SecurityProperties properties)
            throws Exception {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RealmRolesConverter());
        // the actuator paths answer only on the management port where one is set (management.server.port), whose
        // requests pass this chain too; the probes' /livez and /readyz answer on the service port
        List<String> open = new ArrayList<>(List.of(
                "/actuator/health",
                "/actuator/health/**",
                "/actuator/info",
                "/actuator/prometheus",
                "/livez",
                "/readyz",
                "/v3/api-docs",
                "/v3/api-docs/**",
                "/swagger-ui.html",
                "/swagger-ui/**",
                "/error"));
        open.addAll(properties.publicPaths());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(open.toArray(String[]::new))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authentication))
                                .authenticationEntryPoint(ProblemResponses.unauthorized())
                                .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }
}
