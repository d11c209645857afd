package org.skillalliance.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker per route (named after the service): opens when half of the last 10 calls failed (at least 5),
 * stays open 10 s, then lets 3 trial calls through; a call slower than {@code service-timeout} fails. The ESCO import
 * has a breaker of its own whose calls may take {@code esco-import-timeout} (5 minutes): the full ESCO download's
 * skills file is tens of MB, read and written in one transaction.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakers {

    /** The ESCO import route's breaker (gateway application.yml). */
    static final String ESCO_IMPORT = "curriculum-service-esco-import";

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(
            GatewayProperties properties,
            @Value("${skillalliance.gateway.esco-import-timeout:5m}") java.time.Duration escoImportTimeout) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom()
                        .timeoutDuration(id.equals(ESCO_IMPORT) ? escoImportTimeout : properties.serviceTimeout())
                        .build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(java.time.Duration.ofSeconds(10))
                        .permittedNumberOfCallsInHalfOpenState(3)
                        .build())
                .build());
    }
}
