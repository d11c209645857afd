package org.skillalliance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem+json answer to a bare status, for errors that reach no controller: the container's own refusals
 * ({@link ProblemErrorReportValve}), error dispatches ({@link ProblemErrorController}) and refusals by filters
 * ({@link BodyLimitFilter}). The detail is fixed by the status, so nothing of the request or of an exception (class,
 * message, stack) is ever echoed.
 */
final class StatusProblems {

    private StatusProblems() {}

    static ProblemDetail of(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        return switch (status) {
            case 400 ->
                problem(
                        status,
                        "http-400",
                        reason,
                        "the request is not well-formed: its request line, URL encoding or headers are invalid");
            case 401 -> problem(status, "unauthorized", "Unauthorized", "a valid bearer token is required");
            case 403 -> problem(status, "forbidden", "Forbidden", "the caller's roles do not allow this request");
            case 404 -> problem(status, "not-found", "Not found", "there is no resource at this path");
            case 413 ->
                problem(
                        status,
                        "payload-too-large",
                        "Request too large",
                        "the request body is larger than this path takes");
            case 414 -> problem(status, "http-414", reason, "the request line is longer than the server takes");
            case 431 -> problem(status, "http-431", reason, "the request headers are larger than the server takes");
            case 500 -> problem(status, "http-500", reason, "the server failed to answer this request");
            default -> problem(status, "http-" + status, reason, "the request failed: " + reason);
        };
    }

    /** 413 {@code payload-too-large} naming the limit, and {@code field} as the part of the request to blame. */
    static ProblemDetail tooLarge(long limit, String field) {
        String reason = "larger than the limit of " + limit + " bytes";
        return ProblemDetailsHandler.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Request too large",
                "the request body is larger than this path takes (" + limit + " bytes)",
                List.of(new FieldViolation(field, reason)));
    }

    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(problem));
        response.flushBuffer();
    }

    static String json(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return JsonMapper.shared().writeValueAsString(body);
    }

    private static ProblemDetail problem(int status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create(ProblemDetailsHandler.PROBLEM_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
