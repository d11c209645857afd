package org.skillalliance.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than its path allows (1 MB, more for the CSV uploads) with 413 problem+json, before
 * authentication and before any service sees it. The services keep limits of their own for bodies sent in chunks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeFilter implements WebFilter {

    private final GatewayProperties properties;

    RequestSizeFilter(GatewayProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        long limit = properties.maxUploadBytes().getOrDefault(exchange.getRequest().getPath().value(),
                properties.maxBodyBytes());
        if (length > limit) {
            return Problems.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "Request too large", "the body has " + length + " bytes; this path takes at most " + limit);
        }
        return chain.filter(exchange);
    }
}
