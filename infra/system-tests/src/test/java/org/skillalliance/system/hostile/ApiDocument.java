package org.skillalliance.system.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document (3.0 or 3.1, as springdoc writes it), read into {@link Operation}s whose schemas have
 * every {@code $ref} resolved and {@code allOf} merged, so the generators never look anything up.
 */
final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /** Deeper than any schema of the platform; stops a recursive schema from recursing for ever. */
    private static final int MAX_DEPTH = 12;

    private final String service;
    private final JsonNode document;

    ApiDocument(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    /** Every operation, in the document's order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(path.getKey(), method, path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    private Operation operation(String path, String method, JsonNode pathItem, JsonNode operation) {
        List<Operation.Parameter> parameters = new ArrayList<>();
        for (JsonNode declared : concat(pathItem.path("parameters"), operation.path("parameters"))) {
            JsonNode parameter = resolve(declared, 0);
            String in = parameter.path("in").asString("");
            if (in.equals("path") || in.equals("query")) {
                parameters.add(new Operation.Parameter(
                        parameter.path("name").asString(),
                        in,
                        in.equals("path") || parameter.path("required").asBoolean(false),
                        resolve(parameter.path("schema"), 0)));
            }
        }
        Optional<Operation.Body> body = Optional.empty();
        JsonNode requestBody = resolve(operation.path("requestBody"), 0);
        if (requestBody.has("content")) {
            Map.Entry<String, JsonNode> content = preferredContent(requestBody.path("content"));
            body = Optional.of(new Operation.Body(
                    content.getKey(),
                    resolve(content.getValue().path("schema"), 0),
                    requestBody.path("required").asBoolean(false),
                    java.util.Set.copyOf(requestBody.path("content").propertyNames())));
        }
        return new Operation(service, method.toUpperCase(Locale.ROOT), path, parameters, body);
    }

    /** JSON where the document offers it, else the first content type it lists. */
    private static Map.Entry<String, JsonNode> preferredContent(JsonNode content) {
        Map.Entry<String, JsonNode> first = null;
        for (Map.Entry<String, JsonNode> entry : content.properties()) {
            if (entry.getKey().contains("json")) {
                return entry;
            }
            first = first == null ? entry : first;
        }
        return first;
    }

    private static List<JsonNode> concat(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }

    /**
     * The node with every {@code $ref} below it replaced by what it points to, {@code allOf} merged into one object.
     * {@code depth} counts the references followed on the way down (a guard against schemas that refer to themselves),
     * not the nesting: a request as deep as the history import's is resolved whole.
     */
    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || node.isMissingNode() || depth > MAX_DEPTH) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (node.has("$ref")) {
            return resolve(pointer(node.get("$ref").asString()), depth + 1);
        }
        if (node.isArray()) {
            var array = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> array.add(resolve(item, depth)));
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode resolved = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (property.getKey().equals("allOf")) {
                for (JsonNode part : property.getValue()) {
                    mergeInto(resolved, (ObjectNode) resolve(part, depth + 1));
                }
            } else if (property.getKey().equals("example") || property.getKey().equals("examples")) {
                resolved.set(property.getKey(), property.getValue());
            } else {
                resolved.set(property.getKey(), resolve(property.getValue(), depth));
            }
        }
        return resolved;
    }

    private static void mergeInto(ObjectNode target, ObjectNode part) {
        for (Map.Entry<String, JsonNode> property : part.properties()) {
            JsonNode existing = target.get(property.getKey());
            if (existing instanceof ObjectNode object && property.getValue() instanceof ObjectNode more) {
                mergeInto(object, more);
            } else if (existing != null
                    && existing.isArray()
                    && property.getValue().isArray()) {
                ((ArrayNode) existing).addAll((ArrayNode) property.getValue());
            } else {
                target.set(property.getKey(), property.getValue());
            }
        }
    }

    /** {@code #/components/schemas/CohortRequest} to its node. */
    private JsonNode pointer(String reference) {
        if (!reference.startsWith("#/")) {
            throw new IllegalArgumentException(service + ": only local references are read, not " + reference);
        }
        return document.at(reference.substring(1));
    }
}
