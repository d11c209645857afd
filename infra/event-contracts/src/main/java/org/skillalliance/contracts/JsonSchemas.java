package org.skillalliance.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loading JSON Schemas (draft 2020-12) from the classpath and turning validation errors into readable reasons. Format
 * assertions ({@code uuid}, {@code date}, {@code date-time}) are enforced, not just annotations.
 */
final class JsonSchemas {

    private static final int MAX_VALUE_LENGTH = 60;

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH)
                    .build()));

    private JsonSchemas() {}

    /**
     * Loads and compiles a schema.
     *
     * @param resource classpath resource, for example {@code org/skillalliance/contracts/schemas/X.v1.json}
     * @throws IllegalArgumentException if the resource is missing or is not a valid schema
     */
    static Schema load(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        JsonNode node;
        try (InputStream in = open(path)) {
            node = EventJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + path, e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("schema " + path + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("schema " + path + " is not a JSON object");
        }
        try {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + path), node);
            schema.initializeValidators();
            return schema;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("schema " + path + " is not a valid JSON Schema: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String path) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(path);
        if (in == null) {
            in = JsonSchemas.class.getClassLoader().getResourceAsStream(path);
        }
        if (in == null) {
            throw new IllegalArgumentException("schema resource not found on the classpath: " + path);
        }
        return in;
    }

    /**
     * Validates a node and throws if it violates the schema.
     *
     * @param root name of the validated node in reasons ({@code payload}), or empty for the envelope, whose fields are
     *             named without prefix
     * @throws InvalidEventException naming every violated field, sorted by path
     */
    static void validate(Schema schema, JsonNode node, String root) {
        List<Error> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            throw new InvalidEventException(errors.stream()
                    .map(error -> describe(error, root))
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String describe(Error error, String root) {
        String path = path(error.getInstanceLocation(), root);
        return switch (error.getKeyword()) {
            case "required" -> join(path, error.getProperty()) + ": required property missing";
            case "format" ->
                orRoot(path) + ": must be a valid " + error.getArguments()[0] + ", got "
                        + quoted(error.getInstanceNode());
            default -> orRoot(path) + ": " + error.getMessage();
        };
    }

    private static String path(NodePath location, String root) {
        StringBuilder path = new StringBuilder(root);
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(element);
            }
        }
        return path.toString();
    }

    private static String join(String path, String property) {
        return path.isEmpty() ? Objects.toString(property) : path + "." + property;
    }

    private static String orRoot(String path) {
        return path.isEmpty() ? "envelope" : path;
    }

    private static String quoted(JsonNode value) {
        String text = value == null ? "nothing" : value.isString() ? "'" + value.asString() + "'" : value.toString();
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "..." : text;
    }
}
