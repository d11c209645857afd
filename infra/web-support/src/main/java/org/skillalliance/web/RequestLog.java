package org.skillalliance.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One log line per API request once it is answered: method, route, status and duration, in the request's trace (the
 * filter runs inside Spring's HTTP observation, so the line carries the trace, span and request ids).
 *
 * <p>The route is the handler's pattern ({@code /api/staff/{staffId}}), never the path with its values, and the query
 * string is left out: paths and queries can hold what a person typed (a staff search), and no log line names a person
 * (docs/observability.md). Health and metrics probes are not logged.
 */
public class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long began = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            String route = pattern != null ? pattern.toString() : "(no route)";
            long nanos = System.nanoTime() - began;
            log.atInfo()
                    .setMessage("{} {} answered {} in {} ms")
                    .addArgument(request.getMethod())
                    .addArgument(route)
                    .addArgument(status)
                    .addArgument(nanos / 1_000_000)
                    .addKeyValue("http.request.method", request.getMethod())
                    .addKeyValue("http.route", route)
                    .addKeyValue("http.response.status_code", status)
                    .addKeyValue("event.duration", nanos)
                    .log();
        }
    }
}
