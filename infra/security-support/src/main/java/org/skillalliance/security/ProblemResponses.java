package org.skillalliance.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 in the same RFC 9457 problem+json shape as every other error of the platform. */
final class ProblemResponses {

    private ProblemResponses() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> write(
                response,
                401,
                "unauthorized",
                "Unauthorized",
                describe(exception),
                "Bearer realm=\"skill-alliance\", error=\"invalid_token\"");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                write(response, 403, "forbidden", "Forbidden", "the caller's roles do not allow this request", null);
    }

    private static String describe(AuthenticationException exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank()
                ? "a valid bearer token is required"
                : "a valid bearer token is required: " + message;
    }

    private static void write(
            HttpServletResponse response, int status, String type, String title, String detail, String challenge)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.getWriter()
                .write("{\"type\":\"https://skillalliance.org/problems/" + type + "\",\"title\":\"" + title
                        + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\"}");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
