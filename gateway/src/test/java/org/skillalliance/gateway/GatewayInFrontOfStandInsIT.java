package org.skillalliance.gateway;

import java.time.Duration;
import java.util.Map;
import org.skillalliance.testsupport.TestKeycloak;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a random port in front of the JVM's four {@link StandInService}s, trusting the real Keycloak: one
 * application context for every class that extends it, since Spring's context cache sees the one configuration
 * declared here (a class declaring properties of its own gets a context of its own, as {@link GatewayIT} does for its
 * short timeouts and low rate limit).
 *
 * <p>The routes wait up to 20 s for a service, so that a body of megabytes or a sign-in on a busy machine is not cut
 * off; sessions renew their access token {@link #REFRESH_BEFORE} before it expires, so that a test sees a renewal
 * within seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayInFrontOfStandInsIT {

    static final TestKeycloak KEYCLOAK = TestKeycloak.instance();
    static final Map<String, StandInService> SERVICES = StandInService.everyService();
    /** How long before its access token expires the gateway renews a browser session's. */
    static final Duration REFRESH_BEFORE = Duration.ofSeconds(4);

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, service) -> registry.add(name.toUpperCase() + "_URL", service::url));
        registry.add("skillalliance.gateway.issuer", KEYCLOAK::issuer);
        registry.add("skillalliance.gateway.login.refresh-before", () -> REFRESH_BEFORE.toSeconds() + "s");
        registry.add("skillalliance.gateway.service-timeout", () -> "20s");
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "20s");
    }
}
