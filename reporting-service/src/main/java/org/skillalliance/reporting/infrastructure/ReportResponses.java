package org.skillalliance.reporting.infrastructure;

import java.time.Instant;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * How every report answers, so that a funder's system can ask "has it changed?" cheaply and parse it safely.
 *
 * <ul>
 *   <li>{@code ETag}: a hash of the representation (JSON or CSV), set by {@link ReportCaching}'s filter, which answers
 *       {@code 304 Not Modified} with no body when the request's {@code If-None-Match} names it;
 *   <li>{@code Last-Modified}: the report's {@code currentAsOf}, the time of the last event its projections applied;
 *   <li>{@code Cache-Control: private, no-cache}: a client may keep the report but must revalidate it before use, and
 *       no shared cache may keep it (it is for the caller's eyes);
 *   <li>the JSON form also answers to {@value #REPORT_V1_JSON}, the versioned media type a client pins so that a later
 *       breaking change (served as v2) does not break its parser.
 * </ul>
 */
public final class ReportResponses {

    /** The versioned media type of every report's JSON form, today's shape. */
    public static final String REPORT_V1_JSON = "application/vnd.skillalliance.report.v1+json";

    private ReportResponses() {}

    /** A report's JSON answer with its caching headers. */
    public static <T> ResponseEntity<T> json(T report, Function<T, Instant> currentAsOf) {
        return withCaching(ResponseEntity.ok().body(report), currentAsOf.apply(report));
    }

    /** Any report answer (the CSV attachment too) with the caching headers of a report current as of the instant. */
    public static <T> ResponseEntity<T> withCaching(ResponseEntity<T> answer, Instant currentAsOf) {
        ResponseEntity.BodyBuilder builder =
                ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders());
        builder.cacheControl(CacheControl.noCache().cachePrivate());
        if (currentAsOf != null) {
            builder.lastModified(currentAsOf);
        }
        return builder.body(answer.getBody());
    }
}
