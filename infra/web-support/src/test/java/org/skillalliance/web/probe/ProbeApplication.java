package org.skillalliance.web.probe;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/** A service with web-support and nothing else, whose writes are counted, and which fails where asked to. */
@SpringBootApplication
public class ProbeApplication {

    public static final AtomicInteger WRITES = new AtomicInteger();

    /** Its name may be as long as a body may be (the input policy allows a field its own larger {@code @Size}). */
    public record Thing(
            @jakarta.validation.constraints.Size(max = 8 * 1024 * 1024)
            String name) {}

    @RestController
    static class Things {

        @PostMapping("/api/things")
        @ResponseStatus(HttpStatus.CREATED)
        Thing create(@RequestBody Thing thing) {
            WRITES.incrementAndGet();
            return thing;
        }

        @GetMapping("/api/things")
        String search(@RequestParam(required = false) String q) {
            return "[]";
        }

        @PostMapping("/api/uploads")
        String upload(@RequestBody String body) {
            WRITES.incrementAndGet();
            return "{\"bytes\":" + body.length() + "}";
        }

        /** An action that takes no body, as retiring a course or withdrawing a membership. */
        @PostMapping("/api/things/retire")
        String retire() {
            WRITES.incrementAndGet();
            return "{}";
        }

        @PostMapping(path = "/api/files", consumes = "multipart/form-data")
        String file(@org.springframework.web.bind.annotation.RequestPart("file") String file) {
            WRITES.incrementAndGet();
            return "{}";
        }

        @GetMapping("/api/boom")
        String boom() {
            throw new IllegalStateException("secret-internals: connection to db.internal:5432 refused");
        }
    }

    /** A filter that fails, as a broken one would: its exception reaches the container and its error page. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> failingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        throw new IllegalStateException("secret-internals: filter state corrupt");
                    }
                });
        registration.addUrlPatterns("/api/filter-boom");
        return registration;
    }
}
