package org.skillalliance.gateway;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * What Spring Security's firewall ({@code StrictServerWebExchangeFirewall}, in front of every request) refuses, as
 * problem+json instead of its empty 400: a method other than the seven the API uses (TRACE, CONNECT, invented ones) is
 * 405 with {@code Allow}; a path with {@code ..}, {@code //}, an encoded slash, period or percent, a backslash, a
 * semicolon or a control character, and a header or query parameter with a control character, is 400
 * {@code request-rejected}. The detail names the kinds of things refused, never the offending text.
 *
 * <p>The firewall checks the path and the method at once, but headers and query parameters only when something reads
 * them: as a web filter right behind the security chain, this class reads them all, so that a refusal is the same 400
 * whatever reads them later (reading them first while routing would end in the route's circuit breaker as a failed
 * call: 503, and a step towards opening the circuit for everyone).
 */
@Component
@Order(-99) // right after Spring Security's WebFilterChainProxy (order -100), which holds the firewalled exchange
class FirewallRejections implements ServerExchangeRejectedHandler, WebFilter {

    /** The methods the firewall lets through by default, which are the ones the API uses. */
    private static final List<HttpMethod> ALLOWED = List.of(
            HttpMethod.GET,
            HttpMethod.HEAD,
            HttpMethod.POST,
            HttpMethod.PUT,
            HttpMethod.PATCH,
            HttpMethod.DELETE,
            HttpMethod.OPTIONS);

    private static final Set<HttpMethod> ALLOWED_SET = Set.copyOf(ALLOWED);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        if (!ALLOWED_SET.contains(exchange.getRequest().getMethod())) {
            exchange.getResponse()
                    .getHeaders()
                    .set(
                            HttpHeaders.ALLOW,
                            ALLOWED.stream().map(HttpMethod::name).collect(Collectors.joining(", ")));
            return Problems.write(
                    exchange.getResponse(),
                    HttpStatus.METHOD_NOT_ALLOWED,
                    Problems.typeOf(HttpStatus.METHOD_NOT_ALLOWED),
                    "Method not allowed",
                    "the gateway takes only the methods in the Allow header");
        }
        return Problems.write(
                exchange.getResponse(),
                HttpStatus.BAD_REQUEST,
                "request-rejected",
                "Request rejected",
                "the request's path, headers or query hold something the gateway refuses: '..', '//', an encoded "
                        + "slash, period or percent, a backslash, a semicolon or a control character");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return Mono.defer(() -> {
            HttpHeaders headers = exchange.getRequest().getHeaders();
            headers.headerNames().forEach(headers::get); // each name and value checked by the firewall's headers
            exchange.getRequest().getQueryParams(); // each parameter checked as the firewall's request hands them out
            return chain.filter(exchange);
        });
    }
}
