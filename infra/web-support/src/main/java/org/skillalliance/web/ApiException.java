package org.skillalliance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal that the client can act on; {@link ProblemDetailsHandler} turns it into problem+json with the status, a
 * stable problem type, the detail, the field violations and any further properties.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldViolation> violations;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected ApiException(
            HttpStatus status, String type, String title, String detail, List<FieldViolation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** Adds a property to the problem document, such as the current state of the resource. */
    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    /** 400: the request is well formed but a field's value is not acceptable (unknown country code, say). */
    public static final class InvalidInput extends ApiException {
        public InvalidInput(List<FieldViolation> violations) {
            super(HttpStatus.BAD_REQUEST, "validation", "Invalid request", summary(violations), violations);
        }

        public InvalidInput(String field, String reason) {
            this(List.of(new FieldViolation(field, reason)));
        }
    }

    /**
     * 403: the caller's role may never do this, or it may see the object (or name the organisation) but not act on
     * it. The same problem type as Spring Security's refusals at the filter level.
     */
    public static final class Forbidden extends ApiException {
        public Forbidden(String detail) {
            super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of());
        }
    }

    /** 404: no such resource, or one the caller may not see. */
    public static final class NotFound extends ApiException {
        public NotFound(String resource, Object id) {
            super(HttpStatus.NOT_FOUND, "not-found", "Not found", resource + " " + id + " does not exist", List.of());
        }
    }

    /** 409: the request collides with existing data, such as a duplicate registration number. */
    public static final class Conflict extends ApiException {
        public Conflict(String field, String reason) {
            super(
                    HttpStatus.CONFLICT,
                    "conflict",
                    "Conflict",
                    field + ": " + reason,
                    List.of(new FieldViolation(field, reason)));
        }
    }

    /** 422: the request is valid on its own but a business rule refuses it (a provider applying as an employer, say). */
    public static final class RuleViolation extends ApiException {
        public RuleViolation(String field, String reason) {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "rule-violation",
                    "Refused by a business rule",
                    field == null ? reason : field + ": " + reason,
                    field == null ? List.of() : List.of(new FieldViolation(field, reason)));
        }
    }

    static String summary(List<FieldViolation> violations) {
        return violations.stream()
                .map(v -> v.field() + ": " + v.reason())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
    }
}
