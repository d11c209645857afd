package org.skillalliance.member.learner;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where curriculum-service answers and how patiently it is asked, under {@code skillalliance.curriculum}.
 *
 * @param url            curriculum-service's base address
 * @param callTimeout    one HTTP attempt (connect and read)
 * @param overallTimeout one guarded call, retries included
 * @param retries        attempts after the first (the calls are reads)
 * @param retryBackoff   pause before the first retry, doubling after
 * @param openCircuitFor how long the circuit stays open before it lets a trial call through
 */
@ConfigurationProperties("skillalliance.curriculum")
public record CurriculumProperties(String url, Duration callTimeout, Duration overallTimeout, Integer retries,
                                   Duration retryBackoff, Duration openCircuitFor) {

    public CurriculumProperties {
        url = url == null ? "http://localhost:8082" : url;
        callTimeout = callTimeout == null ? Duration.ofSeconds(2) : callTimeout;
        overallTimeout = overallTimeout == null ? Duration.ofSeconds(5) : overallTimeout;
        retries = retries == null ? 2 : retries;
        retryBackoff = retryBackoff == null ? Duration.ofMillis(100) : retryBackoff;
        openCircuitFor = openCircuitFor == null ? Duration.ofSeconds(10) : openCircuitFor;
    }
}
