package org.skillalliance.gateway;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/**
 * The gateway's own refusals (400, 401, 403, 404, 405, 413, 414, 429, 431, 503 and the rest) in the platform's RFC 9457
 * problem+json shape: type, title, status and a detail that names no internals and echoes nothing of the request.
 */
public final class Problems {

    private Problems() {}

    public static Mono<Void> write(
            ServerHttpResponse response, HttpStatus status, String type, String title, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        DataBuffer buffer = response.bufferFactory().wrap(body(status.value(), type, title, detail));
        return response.writeWith(Mono.just(buffer));
    }

    /** The problem document itself, for the answers written below WebFlux (by the HTTP decoder's refusals). */
    static byte[] body(int status, String type, String title, String detail) {
        return ("{\"type\":\"https://skillalliance.org/problems/" + type + "\",\"title\":\"" + escape(title)
                        + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The problem type of a refusal that is nothing but its HTTP status (404, 405, 414, 431, ...): {@code http-404},
     * as the services name Spring's own refusals (web-support's ProblemDetailsHandler).
     */
    static String typeOf(HttpStatus status) {
        return "http-" + status.value();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
