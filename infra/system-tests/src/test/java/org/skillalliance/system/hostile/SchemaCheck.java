package org.skillalliance.system.hostile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Whether a JSON value conforms to a schema (type, enum, format, bounds, lengths, pattern, required and unknown
 * properties), and to the two rules every service states beyond its documents (docs/api.md): unknown properties are
 * refused, and no number above {@link #LARGEST_NUMBER} (10^13, money in minor units included) is taken.
 *
 * <p>A hostile request whose values all conform may be accepted; one that does not must be refused. The check is
 * deliberately strict about JSON types: {@code "7"} is not an integer and {@code 5.9} is not one either.
 */
final class SchemaCheck {

    /** The largest magnitude the platform accepts for any number (issue 24: money at most 10^13 minor units). */
    static final BigDecimal LARGEST_NUMBER = BigDecimal.TEN.pow(13);

    private SchemaCheck() {}

    /** The schema's type: its {@code type} (the first that is not "null" where 3.1 lists several), else inferred. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode candidate : type) {
                if (!candidate.asString().equals("null")) {
                    return candidate.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return schema.has("enum") ? "string" : "";
    }

    static String format(JsonNode schema) {
        return schema.path("format").asString("");
    }

    static boolean required(JsonNode objectSchema, String property) {
        for (JsonNode name : objectSchema.path("required")) {
            if (name.asString().equals(property)) {
                return true;
            }
        }
        return false;
    }

    /** True if the value conforms; null conforms to anything (an absent optional value). */
    static boolean conforms(JsonNode schema, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return true;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                return false;
            }
        }
        return switch (type(schema)) {
            case "string" -> value.isString() && conformsAsString(schema, value.asString());
            case "integer" ->
                value.isIntegralNumber()
                        && withinBounds(schema, value.decimalValue())
                        && fitsFormat(schema, value.decimalValue());
            case "number" -> value.isNumber() && withinBounds(schema, value.decimalValue());
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray() && conformsAsArray(schema, value);
            case "object" -> value.isObject() && conformsAsObject(schema, value);
            default -> true;
        };
    }

    private static boolean conformsAsString(JsonNode schema, String text) {
        int length = text.codePointCount(0, text.length());
        if (length < schema.path("minLength").asInt(0)
                || length > schema.path("maxLength").asInt(Integer.MAX_VALUE)) {
            return false;
        }
        if (schema.has("pattern") && !matches(schema.get("pattern").asString(), text)) {
            return false;
        }
        try {
            switch (format(schema)) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                case "email" -> {
                    if (!text.matches("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+")) {
                        return false;
                    }
                }
                default -> {
                    // no format, or one the check does not know: the text is taken as it is
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException notOfThatFormat) {
            return false;
        }
        return !format(schema).equals("uuid") || text.length() == 36;
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException unreadable) {
            return true;
        }
    }

    private static boolean withinBounds(JsonNode schema, BigDecimal number) {
        if (number.abs().compareTo(LARGEST_NUMBER) > 0) {
            return false;
        }
        if (schema.has("minimum")) {
            int compared = number.compareTo(schema.get("minimum").decimalValue());
            if (compared < 0 || compared == 0 && schema.path("exclusiveMinimum").asBoolean(false)) {
                return false;
            }
        }
        if (schema.has("maximum")) {
            int compared = number.compareTo(schema.get("maximum").decimalValue());
            if (compared > 0 || compared == 0 && schema.path("exclusiveMaximum").asBoolean(false)) {
                return false;
            }
        }
        // OpenAPI 3.1: exclusiveMinimum and exclusiveMaximum are numbers
        if (schema.path("exclusiveMinimum").isNumber()
                && number.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
            return false;
        }
        return !schema.path("exclusiveMaximum").isNumber()
                || number.compareTo(schema.get("exclusiveMaximum").decimalValue()) < 0;
    }

    private static boolean fitsFormat(JsonNode schema, BigDecimal number) {
        return switch (format(schema)) {
            case "int32" ->
                number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                        && number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0;
            default ->
                number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                        && number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
        };
    }

    private static boolean conformsAsArray(JsonNode schema, JsonNode array) {
        if (array.size() < schema.path("minItems").asInt(0)
                || array.size() > schema.path("maxItems").asInt(Integer.MAX_VALUE)) {
            return false;
        }
        for (JsonNode item : array) {
            if (!conforms(schema.path("items"), item)) {
                return false;
            }
        }
        return true;
    }

    private static boolean conformsAsObject(JsonNode schema, JsonNode object) {
        JsonNode properties = schema.path("properties");
        for (JsonNode name : schema.path("required")) {
            if (!object.has(name.asString()) || object.get(name.asString()).isNull()) {
                return false;
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode propertySchema = properties.get(property.getKey());
            // unknown properties are refused by every service (docs/api.md), whatever the document says
            if (propertySchema == null && !schema.path("additionalProperties").isObject()) {
                return false;
            }
            if (!conforms(
                    propertySchema == null ? schema.get("additionalProperties") : propertySchema,
                    property.getValue())) {
                return false;
            }
        }
        return true;
    }
}
