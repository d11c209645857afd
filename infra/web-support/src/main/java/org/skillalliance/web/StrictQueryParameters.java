package org.skillalliance.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * Refuses a request whose query names a parameter its handler does not read: 400 problem+json with one error per
 * unknown name ({@code field} the name, {@code reason} the parameters the request does take), before the use case
 * runs. A misspelt or unsupported filter ({@code ?staus=ACTIVE}, {@code ?k=5}) would otherwise be ignored silently, and
 * the caller would believe the answer was filtered, or computed, as asked.
 *
 * <p>A handler's parameters are read from its signature: {@code @RequestParam} names (and unannotated simple values,
 * which Spring binds the same way), and the components of a record bound from the query ({@code @ModelAttribute} or an
 * unannotated record, the {@code *Filter} records). A handler that takes every parameter (a {@code Map} of them, the raw
 * request, a bound class that is not a record) is left alone, as are handlers outside the platform's own
 * {@code @RestController}s (actuator, the API description). Values are the binders' business: a value that is not of
 * the parameter's type is already a 400 naming the parameter.
 *
 * <p>Switched on per service with {@code skillalliance.web.strict-query-parameters=true}.
 */
public final class StrictQueryParameters implements HandlerInterceptor {

    private static final String PLATFORM_PACKAGE = "org.skillalliance.";

    private final Map<Method, Optional<Set<String>>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty() || !(handler instanceof HandlerMethod method) || !applies(method)) {
            return true;
        }
        Optional<Set<String>> names = known.computeIfAbsent(method.getMethod(), m -> parametersOf(method));
        if (names.isEmpty()) {
            return true;
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (String name : namesIn(query)) {
            if (!names.get().contains(name)) {
                violations.add(new FieldViolation(name, names.get().isEmpty()
                        ? "is not a parameter of this request, which takes none"
                        : "is not a parameter of this request, which takes " + String.join(", ", names.get())));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException.InvalidInput(violations);
        }
        return true;
    }

    private static boolean applies(HandlerMethod method) {
        return method.getBeanType().getName().startsWith(PLATFORM_PACKAGE)
                && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class);
    }

    /** The query parameters the handler reads, in a stable order; empty if it may read any. */
    static Optional<Set<String>> parametersOf(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                if (Map.class.isAssignableFrom(type)) {
                    return Optional.empty();
                }
                names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
            } else if (ServletRequest.class.isAssignableFrom(type) || WebRequest.class.isAssignableFrom(type)) {
                // the raw request: the handler may read any parameter itself
                return Optional.empty();
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || parameter.getParameterAnnotations().length == 0 && !BeanUtils.isSimpleProperty(type)
                    && !isFrameworkType(type)) {
                if (!type.isRecord()) {
                    return Optional.empty();
                }
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else if (parameter.getParameterAnnotations().length == 0 && BeanUtils.isSimpleProperty(type)) {
                names.add(parameter.getParameterName());
            }
        }
        return Optional.of(names);
    }

    /** Types Spring resolves from the request or the security context, never from the query. */
    private static boolean isFrameworkType(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("jakarta.") || name.startsWith("org.springframework.");
    }

    /** The distinct parameter names of a raw query string, decoded, in order. */
    static Set<String> namesIn(String query) {
        Set<String> names = new LinkedHashSet<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String raw = equals < 0 ? pair : pair.substring(0, equals);
            try {
                names.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                names.add(raw);
            }
        }
        return names;
    }
}
