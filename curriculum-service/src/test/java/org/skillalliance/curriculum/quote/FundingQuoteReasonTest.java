package org.skillalliance.curriculum.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

/** The quote says why the grant offset is unknown, whichever way the call to funding-service failed. */
class FundingQuoteReasonTest {

    @Test
    void aTimeoutIsNamedWhicheverTimerRanOut() {
        assertThat(FundingQuotes.reason(new TimeoutException("time limiter")))
                .isEqualTo("funding-service did not answer in time; the grant offset is unknown");
        // each attempt's read timeout, as the HTTP client reports it once the retries are spent
        assertThat(FundingQuotes.reason(new ResourceAccessException(
                        "I/O error on GET request", new HttpTimeoutException("request timed out"))))
                .isEqualTo("funding-service did not answer in time; the grant offset is unknown");
    }

    @Test
    void anOpenCircuitAndAnUnreachableServiceSaySo() {
        assertThat(FundingQuotes.reason(CallNotPermittedException.createCallNotPermittedException(
                        CircuitBreaker.ofDefaults("funding-service"))))
                .isEqualTo("funding-service is unavailable (circuit open); the grant offset is unknown");
        assertThat(FundingQuotes.reason(new ResourceAccessException(
                        "I/O error on GET request", new ConnectException("Connection refused"))))
                .isEqualTo("funding-service could not be asked (ResourceAccessException); the grant offset is unknown");
    }
}
