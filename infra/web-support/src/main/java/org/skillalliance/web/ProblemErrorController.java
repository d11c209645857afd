package org.skillalliance.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Spring Boot's error page, in place of its {@code BasicErrorController}: whatever the container sends to
 * {@code /error} (an exception out of a filter or a servlet, a {@code sendError}) is answered as problem+json with its
 * status and a detail fixed by the status, never the exception's class, message or stack (the container logs those).
 * A body over the limit found among the causes is the 413 it is. {@code /error} asked for directly is no error
 * dispatch and no resource: 404. Hidden from the OpenAPI documents, as Spring Boot's own error controller is.
 */
@Hidden
@Controller
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    @ResponseBody
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        BodyTooLargeException tooLarge = BodyTooLargeException.among(exception);
        ProblemDetail problem;
        if (tooLarge != null) {
            problem = StatusProblems.tooLarge(tooLarge.limit(), "body");
        } else if (status instanceof Integer code && code >= 400) {
            problem = StatusProblems.of(code);
        } else {
            problem = StatusProblems.of(404);
        }
        problem.setInstance(instance(request));
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The path that failed, as for any other problem; {@code /error} itself when there is none or it is no URI. */
    private static URI instance(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            return URI.create(path instanceof String failed && !failed.isEmpty() ? failed : request.getRequestURI());
        } catch (IllegalArgumentException notAUri) {
            return URI.create("/error");
        }
    }
}
