package org.skillalliance.gateway;

import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The last net for refusals that set an error status and write nothing, such as the 403 of Spring's CORS processor for
 * an origin that is not allowed: once the chain is done, an error status with no body written yet gets the problem
 * document of its status. An answer already written (a service's, passed through, or the gateway's own problem) is left
 * as it is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5) // inside the request id filter, outside everything else
class EmptyErrorProblems implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).then(Mono.defer(() -> {
            ServerHttpResponse response = exchange.getResponse();
            HttpStatusCode code = response.getStatusCode();
            HttpStatus status = code == null ? null : HttpStatus.resolve(code.value());
            if (status == null || !status.isError() || response.isCommitted()) {
                return Mono.empty();
            }
            return Problems.write(
                    response,
                    status,
                    Problems.typeOf(status),
                    status.getReasonPhrase(),
                    status == HttpStatus.FORBIDDEN
                            ? "this origin or request is not allowed here"
                            : status.getReasonPhrase().toLowerCase(Locale.ROOT));
        }));
    }
}
