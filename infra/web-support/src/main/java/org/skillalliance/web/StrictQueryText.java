package org.skillalliance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses a request whose query parameters or path variables hold a control character or a lone surrogate
 * ({@link InputPolicy#refusalOfQueryValue}): 400 {@code validation} naming each parameter (or variable) and the
 * character, before the handler runs. A NUL in {@code ?q=} would otherwise reach PostgreSQL and fail there (500), and
 * a filter value no object can have would otherwise be ignored or find nothing. Every request of every servlet
 * service is checked, whatever its handler (names too: a parameter named with a NUL is refused by its name).
 */
final class StrictQueryText implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldViolation> violations = new ArrayList<>();
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            StrictQueryParameters.namesIn(query).forEach((name, values) -> {
                var badName = InputPolicy.refusalOfQueryValue(name);
                if (badName.isPresent()) {
                    violations.add(new FieldViolation(printable(name), "the parameter's name " + badName.get()));
                    return;
                }
                values.stream()
                        .map(InputPolicy::refusalOfQueryValue)
                        .flatMap(java.util.Optional::stream)
                        .findFirst()
                        .ifPresent(reason -> violations.add(new FieldViolation(name, reason)));
            });
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text) {
                    InputPolicy.refusalOfQueryValue(text)
                            .ifPresent(reason -> violations.add(new FieldViolation(String.valueOf(name), reason)));
                }
            });
        }
        if (!violations.isEmpty()) {
            throw new ApiException.InvalidInput(violations);
        }
        return true;
    }

    /** A name fit to be echoed in the answer: its control characters (and lone surrogates) as U+XXXX. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (InputPolicy.isControl(c) || Character.isSurrogate(c)) {
                out.append(String.format("U+%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
