package org.skillalliance.funding.infrastructure;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
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
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose query names a parameter the endpoint does not read, names one twice, or gives one no value,
 * with a 400 problem naming each such parameter. Spring MVC ignores unknown parameters, so {@code ?stauts=PAID} would
 * list every claim and {@code ?status=} would silently mean "any": a client that mistyped a filter must hear of it.
 *
 * <p>The parameters an endpoint reads are those of its {@code @RequestParam} arguments and the components of a
 * record bound from the query ({@code @ModelAttribute} or an unannotated record argument); an endpoint that takes a
 * {@code @RequestParam Map} reads any. Only this service's controllers are checked (not actuator, OpenAPI or the error
 * page).
 */
public class StrictQueryParameters implements HandlerInterceptor {

    private static final String OWN_PACKAGES = "org.skillalliance.";
    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    /** Per handler method: the parameter names it reads, or empty when it reads any. */
    private final Map<HandlerMethod, Optional<Set<String>>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().startsWith(OWN_PACKAGES)) {
            return true;
        }
        Optional<Set<String>> names = known.computeIfAbsent(method, StrictQueryParameters::namesReadBy);
        if (names.isEmpty()) {
            return true;
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!names.get().contains(name)) {
                violations.add(new FieldViolation(name, names.get().isEmpty()
                        ? "is not a parameter of this endpoint (it takes none)"
                        : "is not a parameter of this endpoint (known: " + String.join(", ", names.get()) + ")"));
            } else if (parameter.getValue().length > 1) {
                violations.add(new FieldViolation(name, "is given " + parameter.getValue().length
                        + " times; give it once"));
            } else if (parameter.getValue().length == 1 && parameter.getValue()[0].isBlank()) {
                violations.add(new FieldViolation(name, "has no value; leave the parameter out to mean any"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException.InvalidInput(violations);
        }
        return true;
    }

    private static Optional<Set<String>> namesReadBy(HandlerMethod method) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(PARAMETER_NAMES);
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (requestParam != null) {
                if (Map.class.isAssignableFrom(type)) {
                    return Optional.empty();
                }
                String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                names.add(name);
            } else if (type.isRecord() && (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || (parameter.getParameterAnnotations().length == 0 && !BeanUtils.isSimpleProperty(type)))) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return Optional.of(names);
    }
}
