package org.skillalliance.system.hostile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A schema to a value it accepts, so that everything not under attack in a hostile request is valid: the first enum
 * constant; a real id for a {@code uuid} (by the property's name, from {@link RealData}); a value the platform itself
 * answered with for a property of the same name; otherwise the smallest value within the documented bounds and
 * lengths; a new value on every call for a property that names one thing ({@link #UNIQUE}). Objects get their
 * required properties only.
 */
final class ValidValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Tried in order for a string with a pattern; the first that matches is taken. */
    private static final List<String> PATTERN_CANDIDATES =
            List.of("EUR", "ABC", "DE", "abc", "A1", "1", "a-1", "hostile probe", "2511", "C2.1");

    /**
     * Properties whose value names one thing (a course's code, an organisation's legal name, a person's email): each
     * request gets a new one, or every request after the first accepted would only meet a 409 for the duplicate.
     */
    private static final Set<String> UNIQUE =
            Set.of("code", "name", "title", "legalName", "registrationNumber", "username", "email");

    private final RealData realData;
    private final String run = Long.toString(System.nanoTime() % 46_656, 36).toUpperCase(Locale.ROOT);
    private final AtomicInteger unique = new AtomicInteger();

    ValidValues(RealData realData) {
        this.realData = realData;
    }

    /** A valid value for {@code name} (the property or parameter it is for, or null) of that schema. */
    JsonNode of(String name, JsonNode schema) {
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        for (JsonNode sample : name == null || UNIQUE.contains(name) ? List.<JsonNode>of() : realData.samples(name)) {
            if (SchemaCheck.conforms(schema, sample)) {
                return sample;
            }
        }
        return switch (SchemaCheck.type(schema)) {
            case "string" -> NODES.stringNode(string(name, schema));
            case "integer" -> NODES.numberNode(number(schema, BigDecimal.ONE).toBigInteger());
            case "number" -> NODES.numberNode(number(schema, BigDecimal.ONE));
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> array(name, schema);
            case "object" -> object(schema);
            default -> NODES.stringNode("hostile probe");
        };
    }

    /** The object with its required properties only. */
    ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (SchemaCheck.required(schema, property.getKey())) {
                object.set(property.getKey(), of(property.getKey(), property.getValue()));
            }
        }
        return object;
    }

    private ArrayNode array(String name, JsonNode schema) {
        ArrayNode array = NODES.arrayNode();
        int items = Math.max(1, schema.path("minItems").asInt(0));
        for (int i = 0; i < items; i++) {
            array.add(of(name == null ? null : singular(name), schema.path("items")));
        }
        return array;
    }

    private String string(String name, JsonNode schema) {
        String text = switch (SchemaCheck.format(schema)) {
            case "uuid" ->
                realData.id(name == null ? "" : name)
                        .orElseGet(UUID::randomUUID)
                        .toString();
            case "date" -> LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
            case "date-time" ->
                OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString();
            case "email" -> "hostile-" + run.toLowerCase(Locale.ROOT) + "-" + unique.incrementAndGet() + "@example.org";
            case "uri" -> "http://example.org/hostile";
            default ->
                name != null && name.toLowerCase(Locale.ROOT).contains("email")
                        ? "hostile-" + run.toLowerCase(Locale.ROOT) + "-" + unique.incrementAndGet() + "@example.org"
                        : name != null && UNIQUE.contains(name)
                                ? "H" + run + "-" + unique.incrementAndGet()
                                : "hostile probe";
        };
        if (schema.has("pattern")) {
            for (String candidate : PATTERN_CANDIDATES) {
                if (SchemaCheck.conforms(schema, NODES.stringNode(candidate))) {
                    return candidate;
                }
            }
        }
        int minLength = schema.path("minLength").asInt(0);
        int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        if (text.length() < minLength) {
            text = text + "x".repeat(minLength - text.length());
        }
        return text.length() > maxLength ? text.substring(0, maxLength) : text;
    }

    /** {@code preferred} moved into the documented bounds (the smallest allowed where it lies below them). */
    private static BigDecimal number(JsonNode schema, BigDecimal preferred) {
        BigDecimal value = preferred;
        if (schema.has("minimum") && value.compareTo(schema.get("minimum").decimalValue()) < 0) {
            value = schema.get("minimum").decimalValue();
        }
        if (schema.path("exclusiveMinimum").isNumber()
                && value.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
            value = schema.get("exclusiveMinimum").decimalValue().add(BigDecimal.ONE);
        }
        if (schema.has("maximum") && value.compareTo(schema.get("maximum").decimalValue()) > 0) {
            value = schema.get("maximum").decimalValue();
        }
        if (!SchemaCheck.conforms(schema, NODES.numberNode(value)) && schema.has("maximum")) {
            value = schema.get("maximum").decimalValue().divide(BigDecimal.TWO);
        }
        return value;
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
