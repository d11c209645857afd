package org.skillalliance.reporting.infrastructure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request to a reporting endpoint that carries a parameter the endpoint does not take, with a 400 naming
 * each one: {@code ?k=5} on the impact report must not answer with the programme's k as if 5 had been applied, and a
 * misspelt filter must not answer with the unfiltered figures. The parameters an endpoint takes are its
 * {@code @RequestParam}s (its filter), so a new filter is allowed by declaring it; nothing is listed twice.
 */
@Configuration(proxyBeanMethods = false)
class StrictQueryParameters implements WebMvcConfigurer, HandlerInterceptor {

    private static final String OWN_PACKAGE = "org.skillalliance.reporting";

    private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
    private final Map<HandlerMethod, Optional<Set<String>>> known = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith(OWN_PACKAGE)) {
            return true;
        }
        Optional<Set<String>> takes = known.computeIfAbsent(method, this::parametersOf);
        if (takes.isEmpty()) {
            return true;
        }
        Set<String> allowed = takes.get();
        List<FieldViolation> violations = new ArrayList<>();
        for (String name : Collections.list(request.getParameterNames())) {
            if (!allowed.contains(name)) {
                violations.add(new FieldViolation(name, allowed.isEmpty()
                        ? "is not a parameter of this request (it takes none)"
                        : "is not a parameter of this request (it takes " + String.join(", ", allowed) + ")"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException.InvalidInput(violations);
        }
        return true;
    }

    /** The names of the method's request parameters, in order; empty where it takes any (a map of them). */
    private Optional<Set<String>> parametersOf(HandlerMethod method) {
        Set<String> parameters = new LinkedHashSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                return Optional.empty();
            }
            parameters.add(StringUtils.hasText(annotation.name()) ? annotation.name()
                    : names.getParameterNames(parameter.getMethod())[parameter.getParameterIndex()]);
        }
        return Optional.of(parameters);
    }
}
