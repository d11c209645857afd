package org.skillalliance.web.openapi;

import io.swagger.v3.core.jackson.TypeNameResolver;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * Schema names that never merge two types: a type's simple name, unless another type the API uses has the same simple
 * name, in which case both are qualified by their package's last segments, as few as tell them apart (the feature
 * package: {@code skill.SkillRequest} and {@code profile.SkillRequest}), and by their enclosing classes only if the
 * packages are the same too. springdoc's default names every type by its simple name, and of two types with one name
 * keeps the first schema for both: {@code POST /api/skills} documented the skill profile's {@code SkillRequest}
 * ({@code skillId, targetLevel}) instead of the catalogue's ({@code code, name, category, escoUri}).
 *
 * <p>The types the API uses are read, on first use, from the platform's handler methods: their parameter and return
 * types and, recursively, the components and fields of every platform type among them. A {@code @Schema(name)} on a
 * type still wins, as with springdoc's default.
 */
public final class ApiTypeNames extends TypeNameResolver {

    private static final String PLATFORM_PACKAGE = "org.skillalliance.";

    private final Supplier<Collection<HandlerMethod>> handlers;
    private volatile Map<Class<?>, String> qualified;

    public ApiTypeNames(Supplier<Collection<HandlerMethod>> handlers) {
        this.handlers = handlers;
    }

    @Override
    protected String getNameOfClass(Class<?> type) {
        String name = qualified().get(type);
        return name != null ? name : type.getSimpleName();
    }

    private Map<Class<?>, String> qualified() {
        Map<Class<?>, String> names = qualified;
        if (names == null) {
            names = qualifiedNames(typesUsedBy(handlers.get()));
            qualified = names;
        }
        return names;
    }

    /** The names of the types whose simple name is not unique among {@code types}; the others keep theirs. */
    static Map<Class<?>, String> qualifiedNames(Collection<Class<?>> types) {
        Map<String, List<Class<?>>> bySimpleName = types.stream()
                .distinct()
                .collect(Collectors.groupingBy(Class::getSimpleName, LinkedHashMap::new, Collectors.toList()));
        Map<Class<?>, String> names = new HashMap<>();
        bySimpleName.values().stream().filter(same -> same.size() > 1).forEach(same -> names.putAll(tellApart(same)));
        return names;
    }

    private static Map<Class<?>, String> tellApart(List<Class<?>> same) {
        int deepest =
                same.stream().mapToInt(type -> segments(type).length).max().orElse(0);
        for (int taken = 1; taken <= deepest; taken++) {
            Map<Class<?>, String> names = new LinkedHashMap<>();
            for (Class<?> type : same) {
                String[] segments = segments(type);
                int from = Math.max(0, segments.length - taken);
                names.put(
                        type,
                        String.join(".", List.of(segments).subList(from, segments.length)) + "."
                                + type.getSimpleName());
            }
            if (Set.copyOf(names.values()).size() == same.size()) {
                return names;
            }
        }
        Map<Class<?>, String> names = new LinkedHashMap<>();
        same.forEach(type -> names.put(type, type.getName().replace('$', '.')));
        return names;
    }

    private static String[] segments(Class<?> type) {
        return type.getPackageName().isEmpty()
                ? new String[0]
                : type.getPackageName().split("\\.");
    }

    /** The platform's types the handlers read or answer, and those these are made of. */
    static Set<Class<?>> typesUsedBy(Collection<HandlerMethod> handlers) {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (HandlerMethod handler : handlers) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                collect(parameter.getGenericParameterType(), found);
            }
            collect(handler.getMethod().getGenericReturnType(), found);
        }
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found) {
        switch (type) {
            case ParameterizedType parameterized -> {
                collect(parameterized.getRawType(), found);
                for (Type argument : parameterized.getActualTypeArguments()) {
                    collect(argument, found);
                }
            }
            case GenericArrayType array -> collect(array.getGenericComponentType(), found);
            case WildcardType wildcard -> {
                for (Type bound : wildcard.getUpperBounds()) {
                    collect(bound, found);
                }
            }
            case Class<?> plain when plain.isArray() -> collect(plain.getComponentType(), found);
            case Class<?> plain
            when plain.getName().startsWith(PLATFORM_PACKAGE) -> {
                if (found.add(plain)) {
                    partsOf(plain).forEach(part -> collect(part, found));
                }
            }
            default -> {
                // a type variable, or a type that is not the platform's (the JDK's, Spring's)
            }
        }
    }

    private static List<Type> partsOf(Class<?> type) {
        List<Type> parts = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                parts.add(component.getGenericType());
            }
        } else if (!type.isEnum() && !type.isInterface()) {
            for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
                for (Field field : level.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        parts.add(field.getGenericType());
                    }
                }
            }
        }
        if (type.isSealed()) {
            parts.addAll(List.of(type.getPermittedSubclasses()));
        }
        return parts;
    }
}
