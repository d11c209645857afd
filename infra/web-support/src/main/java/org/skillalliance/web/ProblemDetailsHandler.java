package org.skillalliance.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of every service as RFC 9457 problem+json: {@code type}, {@code title}, {@code status}, {@code detail},
 * and {@code errors}, a list of {@code {field, reason}} wherever a field is to blame. Spring MVC's own exceptions
 * (unsupported media type, wrong method, ...) keep their status and get the same shape.
 */
@RestControllerAdvice
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    public static final String PROBLEM_BASE = "https://skillalliance.org/problems/";

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApiException(ApiException e) {
        return response(e);
    }

    /** The problem+json answer to an {@link ApiException}, for handlers that translate a service's own exceptions. */
    public static ResponseEntity<Object> response(ApiException e) {
        ProblemDetail problem = problem(e.status(), e.type(), e.title(), e.getMessage(), e.violations());
        e.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    /** Every service's domain rules ({@link RuleRefusal}): 400 {@code validation} or 422 {@code rule-violation}. */
    @ExceptionHandler(RuleRefusal.class)
    ResponseEntity<Object> handleRuleRefusal(RuleRefusal e) {
        return response(e.toApiException());
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<Object> handleIllegalTransition(IllegalTransitionException e) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT, "illegal-transition", "Illegal state transition", e.getMessage(), List.of());
        problem.setProperty("currentState", e.currentState());
        problem.setProperty("action", e.action());
        return respond(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException e) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(problem(
                HttpStatus.BAD_REQUEST, "validation", "Invalid request", ApiException.summary(violations), violations));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : describe(e.getRequiredType());
        List<FieldViolation> violations =
                List.of(new FieldViolation(e.getName(), "'" + e.getValue() + "' is not " + expected));
        return respond(problem(
                HttpStatus.BAD_REQUEST, "validation", "Invalid request", ApiException.summary(violations), violations));
    }

    /** A race lost to a unique constraint that the use case had checked: the same answer as the check gives. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> handleDuplicateKey(DuplicateKeyException e) {
        // the constraint's name only: PostgreSQL's message quotes the key, which can be a person's email address
        log.info("Unique constraint {} refused a write", constraintName(e));
        return respond(problem(
                HttpStatus.CONFLICT,
                "conflict",
                "Conflict",
                "the request conflicts with data written at the same time; read it again and retry",
                List.of()));
    }

    /**
     * A multipart body that cannot be parsed (no boundary, never closed, a broken part): the client's mistake, a 400
     * naming {@code file}, the API's only multipart field. Too large an upload keeps its own 413 (the more specific
     * handler below).
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleUnreadableMultipart(MultipartException e) {
        log.info("Unreadable multipart body: {}", e.getMostSpecificCause().getMessage());
        List<FieldViolation> violations = List.of(
                new FieldViolation(
                        "file",
                        "the multipart/form-data body cannot be read (a missing boundary, or a body that ends before its last part)"));
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                "malformed-body",
                "Malformed request body",
                ApiException.summary(violations),
                violations));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String limit = e.getMaxUploadSize() > 0 ? " of " + e.getMaxUploadSize() + " bytes" : "";
        return respond(problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Upload too large",
                "the upload exceeds the limit" + limit,
                List.of(new FieldViolation("file", "larger than the limit" + limit))));
    }

    /** A body counted past its limit as it was read ({@link BodyLimitFilter}); usually found inside a read error. */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> handleBodyTooLarge(BodyTooLargeException e) {
        return respond(StatusProblems.tooLarge(e.limit(), "body"));
    }

    /** An unknown path: 404 {@code not-found}, not Spring's "No static resource ..." detail. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(StatusProblems.of(HttpStatus.NOT_FOUND.value()));
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(StatusProblems.of(HttpStatus.NOT_FOUND.value()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(new FieldViolation(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getObjectName(), error.getDefaultMessage())));
        return respond(problem(
                HttpStatus.BAD_REQUEST, "validation", "Invalid request", ApiException.summary(violations), violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> violations.add(new FieldViolation(name, error.getDefaultMessage())));
        });
        return respond(problem(
                HttpStatus.BAD_REQUEST, "validation", "Invalid request", ApiException.summary(violations), violations));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = List.of(new FieldViolation(e.getParameterName(), "is required"));
        return respond(problem(
                HttpStatus.BAD_REQUEST, "validation", "Invalid request", ApiException.summary(violations), violations));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = List.of(new FieldViolation(e.getRequestPartName(), "is required"));
        return respond(problem(
                HttpStatus.BAD_REQUEST, "validation", "Invalid request", ApiException.summary(violations), violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = BodyTooLargeException.among(e);
        if (tooLarge != null) {
            return handleBodyTooLarge(tooLarge);
        }
        JacksonException jackson = findCause(e, JacksonException.class);
        if (jackson instanceof InvalidText text) {
            List<FieldViolation> refused = List.of(new FieldViolation(path(text), text.reason()));
            return respond(problem(
                    HttpStatus.BAD_REQUEST, "validation", "Invalid request", ApiException.summary(refused), refused));
        }
        List<FieldViolation> violations = new ArrayList<>();
        String detail;
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            violations.add(new FieldViolation(path(unknown), "is not a known field"));
            detail = ApiException.summary(violations);
        } else if (jackson instanceof InvalidFormatException format) {
            violations.add(new FieldViolation(
                    path(format), "'" + format.getValue() + "' is not " + describe(format.getTargetType())));
            detail = ApiException.summary(violations);
        } else if (jackson instanceof InputCoercionException range
                && !range.getPath().isEmpty()) {
            violations.add(new FieldViolation(path(range), "is out of range for " + describe(range.getTargetType())));
            detail = ApiException.summary(violations);
        } else if (jackson instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            violations.add(new FieldViolation(path(mismatch), "must be " + describe(mismatch.getTargetType())));
            detail = ApiException.summary(violations);
        } else if (jackson != null) {
            detail = "the body is not valid JSON: " + withoutJavaNames(jackson.getOriginalMessage());
        } else {
            detail = "the request body is missing or unreadable";
        }
        return respond(problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", detail, violations));
    }

    /**
     * Jackson's message without the Java names it may hold ({@code (bound as `org...Body`)}, {@code not allowed as per
     * `DeserializationFeature...`}): the detail tells the client what is wrong with its JSON, not how we read it.
     */
    static String withoutJavaNames(String message) {
        if (message == null) {
            return "it cannot be read";
        }
        return message.replaceAll("\\s*\\([^()]*`[^`]*`[^()]*\\)", "")
                .replaceAll(":?\\s*not allowed as per `[^`]*`", "")
                .replaceAll("`[\\w$]+(\\.[\\w$]+)+`", "a value");
    }

    /** Spring MVC's own errors (405, 406, 415, ...): the same problem shape with their status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setType(URI.create(PROBLEM_BASE + "http-" + statusCode.value()));
            return ResponseEntity.status(response.getStatusCode())
                    .headers(response.getHeaders())
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return response;
    }

    static ProblemDetail problem(
            HttpStatusCode status, String type, String title, String detail, List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEM_BASE + type));
        problem.setTitle(title);
        if (!violations.isEmpty()) {
            problem.setProperty(
                    "errors",
                    violations.stream()
                            .map(v -> Map.of("field", v.field(), "reason", v.reason()))
                            .toList());
        }
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + String.join(", ", names);
        }
        return switch (type.getSimpleName()) {
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
            case "BigDecimal", "Double", "double", "Float", "float" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a date-time (ISO 8601)";
            case "UUID" -> "a UUID";
            case "String" -> "a string";
            default ->
                type.isArray() || java.util.Collection.class.isAssignableFrom(type)
                        ? "a list"
                        : "an object of type " + type.getSimpleName();
        };
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** {@code staff_email_unique} of PostgreSQL's "duplicate key value violates unique constraint ..." message. */
    static String constraintName(DuplicateKeyException e) {
        Matcher found =
                CONSTRAINT.matcher(String.valueOf(e.getMostSpecificCause().getMessage()));
        return found.find() ? found.group(1) : "(unnamed)";
    }
}
