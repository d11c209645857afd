package org.skillalliance.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

/**
 * The 503 says why the service was not heard, whichever part of the gateway gave up first: the circuit breaker's time
 * limiter and the HTTP client's response timeout race when both are set to the same duration.
 */
class ServiceUnavailableFallbackTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new TimeoutException("time limiter"), "it did not answer in time"),
                Arguments.of(
                        new ResponseStatusException(
                                HttpStatus.GATEWAY_TIMEOUT,
                                "Response took longer",
                                new TimeoutException("Response took longer than timeout: PT2S")),
                        "it did not answer in time"),
                Arguments.of(new ConnectException("Connection refused"), "it could not be reached"),
                Arguments.of(
                        CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("x")),
                        "its circuit is open after repeated failures"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void theProblemNamesTheServiceAndWhy(Throwable failure, String why) {
        MockServerWebExchange exchange =
                MockServerWebExchange.from(MockServerHttpRequest.get("/fallback/funding-service"));
        exchange.getAttributes().put(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR, failure);

        new ServiceUnavailableFallback()
                .unavailable("funding-service", exchange)
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"detail\":\"funding-service is unavailable: " + why + "\"");
    }
}
