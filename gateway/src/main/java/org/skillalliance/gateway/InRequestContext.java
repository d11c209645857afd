package org.skillalliance.gateway;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The request's trace, span and request id in the logging MDC for the few lines the gateway writes itself
 * ({@link AccessLog}, {@link ProblemExceptionHandler}, {@link ServiceUnavailableFallback}).
 *
 * <p>The gateway does not let Reactor restore the request's thread locals on every signal that changes threads
 * ({@code spring.reactor.context-propagation: limited} in its application.yml, where the services' shared setting is
 * {@code auto}): that restoring, an observation scope opened and closed each time, cost about a fifth of the gateway's
 * CPU per proxied request (docs/gateway.md, Cost of a proxied request). Nothing else on the proxy path reads them: the
 * request's observation, its client span and the security context travel in the Reactor context. A line is logged
 * inside a scope opened from the Reactor context instead, once.
 */
final class InRequestContext {

    private static final ContextSnapshotFactory SNAPSHOTS =
            ContextSnapshotFactory.builder().build();

    private InRequestContext() {}

    /** Runs {@code logging} with the thread locals held in {@code context} (the request's Reactor context). */
    static void run(ContextView context, Runnable logging) {
        try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context)) {
            logging.run();
        }
    }

    /** Assembles {@code answer} (which may log as it does) with the thread locals of the context it is subscribed in. */
    static <T> Mono<T> within(Supplier<Mono<T>> answer) {
        return Mono.deferContextual(context -> {
            try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context)) {
                return answer.get();
            }
        });
    }
}
