package org.skillalliance.curriculum.quote;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where funding-service answers and how patiently it is asked, under {@code skillalliance.funding}.
 *
 * @param url             funding-service's base address
 * @param callTimeout     one HTTP attempt (connect and read)
 * @param overallTimeout  the whole guarded call, retries included: the quote answers within it
 * @param retries         attempts after the first
 * @param retryBackoff    pause before the first retry, doubling after
 * @param openCircuitFor  how long the circuit stays open before it lets a trial call through
 */
@ConfigurationProperties("skillalliance.funding")
public record FundingQuoteProperties(String url, Duration callTimeout, Duration overallTimeout, Integer retries,
                                     Duration retryBackoff, Duration openCircuitFor) {

    public FundingQuoteProperties {
        url = url == null ? "http://localhost:8083" : url;
        callTimeout = callTimeout == null ? Duration.ofMillis(700) : callTimeout;
        overallTimeout = overallTimeout == null ? Duration.ofSeconds(2) : overallTimeout;
        retries = retries == null ? 2 : retries;
        retryBackoff = retryBackoff == null ? Duration.ofMillis(100) : retryBackoff;
        openCircuitFor = openCircuitFor == null ? Duration.ofSeconds(10) : openCircuitFor;
    }
}
