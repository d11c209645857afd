package org.skillalliance.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose query names a parameter its handler does not read, names a single-valued one twice, or
 * gives one no value: 400 problem+json with one error per such name ({@code field} the name, {@code reason} what is
 * wrong and, for an unknown name, the parameters the request does take), before the use case runs. Spring MVC ignores
 * what it does not bind, so {@code ?staus=ACTIVE} would list everything, {@code ?k=5} on an impact report would answer
 * with the programme's k, and {@code ?status=} would silently mean "any": the caller would believe the answer was
 * filtered, or computed, as asked.
 *
 * <p>A handler's parameters are read from its signature, in declaration order: {@code @RequestParam} names (and
 * unannotated simple values, which Spring binds the same way), and the components of a record bound from the query
 * ({@code @ModelAttribute} or an unannotated record, the {@code *Filter} records). A handler that takes every parameter
 * (a {@code Map} of them, the raw request, a bound class that is not a record) is left alone, as are handlers outside
 * the platform's own {@code @RestController}s (actuator, the API description). Only the query string is read, never a
 * form body. Values are the binders' business: a value that is not of the parameter's type is already a 400 naming it.
 *
 * <p>Every servlet service has it (web-support's auto-configuration); {@code skillalliance.web.strict-query-parameters
 * =false} would switch it off.
 */
public final class StrictQueryParameters implements HandlerInterceptor {

    private static final String PLATFORM_PACKAGE = "org.skillalliance.";

    /** Per handler method: whether each parameter it reads may repeat, by name; empty when it reads any. */
    private final Map<Method, Optional<Map<String, Boolean>>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty() || !(handler instanceof HandlerMethod method) || !applies(method)) {
            return true;
        }
        Optional<Map<String, Boolean>> takes = known.computeIfAbsent(method.getMethod(), m -> parametersOf(method));
        if (takes.isEmpty()) {
            return true;
        }
        List<FieldViolation> violations = new ArrayList<>();
        namesIn(query).forEach((name, values) -> {
            Boolean repeatable = takes.get().get(name);
            if (repeatable == null) {
                violations.add(new FieldViolation(
                        name,
                        takes.get().isEmpty()
                                ? "is not a parameter of this request, which takes none"
                                : "is not a parameter of this request, which takes "
                                        + String.join(", ", takes.get().keySet())));
            } else if (values.size() > 1 && !repeatable) {
                violations.add(new FieldViolation(name, "is given " + values.size() + " times; give it once"));
            } else if (values.stream().anyMatch(String::isBlank)) {
                violations.add(new FieldViolation(name, "has no value; leave the parameter out to mean any"));
            }
        });
        if (!violations.isEmpty()) {
            throw new ApiException.InvalidInput(violations);
        }
        return true;
    }

    private static boolean applies(HandlerMethod method) {
        return method.getBeanType().getName().startsWith(PLATFORM_PACKAGE)
                && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class);
    }

    /** The query parameters the handler reads, in declaration order, each with whether it may repeat; empty if any. */
    static Optional<Map<String, Boolean>> parametersOf(HandlerMethod method) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                if (Map.class.isAssignableFrom(type)) {
                    return Optional.empty();
                }
                names.put(
                        requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name(),
                        isMultiValued(type));
            } else if (ServletRequest.class.isAssignableFrom(type) || WebRequest.class.isAssignableFrom(type)) {
                // the raw request: the handler may read any parameter itself
                return Optional.empty();
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || parameter.getParameterAnnotations().length == 0
                            && !BeanUtils.isSimpleProperty(type)
                            && !isFrameworkType(type)) {
                if (!type.isRecord()) {
                    return Optional.empty();
                }
                for (RecordComponent component : type.getRecordComponents()) {
                    names.put(component.getName(), isMultiValued(component.getType()));
                }
            } else if (parameter.getParameterAnnotations().length == 0 && BeanUtils.isSimpleProperty(type)) {
                names.put(parameter.getParameterName(), isMultiValued(type));
            }
        }
        return Optional.of(names);
    }

    private static boolean isMultiValued(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type);
    }

    /** Types Spring resolves from the request or the security context, never from the query. */
    private static boolean isFrameworkType(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("jakarta.") || name.startsWith("org.springframework.");
    }

    /** The parameters of a raw query string, decoded, in order, each with its values. */
    static Map<String, List<String>> namesIn(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
