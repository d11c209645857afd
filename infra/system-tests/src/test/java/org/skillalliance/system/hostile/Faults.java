package org.skillalliance.system.hostile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The hostile values for one value of a schema, by the schema's type: the wrong JSON types, control characters and a
 * 100 KB string for text, values at and beyond the bounds for numbers, values outside an enum or a format. Each comes
 * with a label for the findings ({@code "headcount": 5.9}).
 */
final class Faults {

    /** One hostile value for a place in a request. */
    record Fault(FaultKind kind, String label, JsonNode value) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int LONG_STRING_CHARACTERS = 100 * 1024;
    /** NUL, a bell, an ANSI escape sequence, DEL and a C1 control: each refused or cleaned, never stored. */
    static final List<String> CONTROL_CHARACTERS = List.of("\u0000", "\u0007", "\u001b[31m", "\u007f", "\u009b");

    private static final BigDecimal LARGEST = SchemaCheck.LARGEST_NUMBER;

    private Faults() {}

    /** The hostile values for a place whose schema is {@code schema} and whose valid value is {@code valid}. */
    static List<Fault> of(JsonNode schema, JsonNode valid) {
        List<Fault> faults = new ArrayList<>();
        switch (SchemaCheck.type(schema)) {
            case "string" -> strings(schema, valid.asString(""), faults);
            case "integer" -> numbers(schema, true, faults);
            case "number" -> numbers(schema, false, faults);
            case "boolean" -> {
                faults.add(new Fault(FaultKind.WRONG_TYPE, "string \"true\" where boolean", NODES.stringNode("true")));
                faults.add(new Fault(FaultKind.WRONG_TYPE, "number 1 where boolean", NODES.numberNode(1)));
            }
            case "array" -> {
                faults.add(new Fault(FaultKind.WRONG_TYPE, "object where array", NODES.objectNode()));
                faults.add(new Fault(FaultKind.WRONG_TYPE, "string where array", NODES.stringNode("x")));
                faults.add(new Fault(
                        FaultKind.WRONG_TYPE,
                        "array of arrays",
                        NODES.arrayNode().add(NODES.arrayNode())));
            }
            case "object" -> {
                faults.add(new Fault(FaultKind.WRONG_TYPE, "array where object", NODES.arrayNode()));
                faults.add(new Fault(FaultKind.WRONG_TYPE, "string where object", NODES.stringNode("x")));
            }
            default -> {
                // a free-form value: nothing is wrong for it
            }
        }
        return faults;
    }

    private static void strings(JsonNode schema, String valid, List<Fault> faults) {
        faults.add(new Fault(FaultKind.WRONG_TYPE, "number where string", NODES.numberNode(12345)));
        faults.add(new Fault(FaultKind.WRONG_TYPE, "boolean where string", NODES.booleanNode(true)));
        faults.add(new Fault(FaultKind.WRONG_TYPE, "object where string", NODES.objectNode()));
        faults.add(new Fault(
                FaultKind.WRONG_TYPE, "array where string", NODES.arrayNode().add(valid)));
        for (String control : CONTROL_CHARACTERS) {
            int middle = valid.length() / 2;
            faults.add(new Fault(
                    FaultKind.CONTROL_CHARACTER,
                    "U+" + String.format("%04X", (int) control.charAt(0)) + " inside the value",
                    NODES.stringNode(valid.substring(0, middle) + control + valid.substring(middle))));
        }
        faults.add(new Fault(FaultKind.CONTROL_CHARACTER, "NUL alone", NODES.stringNode("\u0000")));
        faults.add(new Fault(
                FaultKind.LONG_STRING, "100 KB string", NODES.stringNode("x".repeat(LONG_STRING_CHARACTERS))));
        if (schema.has("enum")) {
            faults.add(new Fault(FaultKind.INVALID_VALUE, "not one of the enum", NODES.stringNode("NOT_A_VALUE")));
            faults.add(new Fault(
                    FaultKind.INVALID_VALUE, "enum in lower case", NODES.stringNode(valid.toLowerCase(Locale.ROOT))));
        }
        switch (SchemaCheck.format(schema)) {
            case "uuid" -> faults.add(new Fault(FaultKind.INVALID_VALUE, "not a UUID", NODES.stringNode("not-a-uuid")));
            case "date" ->
                faults.add(new Fault(FaultKind.INVALID_VALUE, "impossible date", NODES.stringNode("2025-02-30")));
            case "date-time" ->
                faults.add(new Fault(FaultKind.INVALID_VALUE, "not a date-time", NODES.stringNode("yesterday")));
            case "email" -> faults.add(new Fault(FaultKind.INVALID_VALUE, "not an email", NODES.stringNode("a@@b")));
            default -> {
                // a plain text: the control characters and the length above are its faults
            }
        }
        faults.add(new Fault(FaultKind.INVALID_VALUE, "empty string", NODES.stringNode("")));
    }

    private static void numbers(JsonNode schema, boolean integer, List<Fault> faults) {
        String type = integer ? "integer" : "number";
        faults.add(new Fault(FaultKind.WRONG_TYPE, "numeric string \"7\" where " + type, NODES.stringNode("7")));
        faults.add(new Fault(FaultKind.WRONG_TYPE, "text where " + type, NODES.stringNode("many")));
        faults.add(new Fault(FaultKind.WRONG_TYPE, "object where " + type, NODES.objectNode()));
        faults.add(new Fault(
                FaultKind.WRONG_TYPE, "array where " + type, NODES.arrayNode().add(1)));
        faults.add(new Fault(FaultKind.WRONG_TYPE, "boolean where " + type, NODES.booleanNode(true)));
        if (integer) {
            faults.add(new Fault(
                    FaultKind.WRONG_TYPE, "float 5.9 where integer", NODES.numberNode(new BigDecimal("5.9"))));
        }
        List<BigDecimal> bounds = new ArrayList<>();
        if (schema.has("minimum")) {
            BigDecimal minimum = schema.get("minimum").decimalValue();
            bounds.add(minimum);
            bounds.add(minimum.subtract(BigDecimal.ONE));
        }
        if (schema.has("maximum")) {
            BigDecimal maximum = schema.get("maximum").decimalValue();
            bounds.add(maximum);
            bounds.add(maximum.add(BigDecimal.ONE));
        }
        bounds.add(LARGEST);
        bounds.add(LARGEST.add(BigDecimal.ONE));
        bounds.add(BigDecimal.valueOf(Long.MAX_VALUE));
        bounds.add(new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)));
        bounds.add(BigDecimal.ONE.negate());
        bounds.add(BigDecimal.ZERO);
        for (BigDecimal bound : bounds.stream().distinct().toList()) {
            // a whole number is written as one (100, not 100.0), so that it is a valid integer where it lies in bounds
            JsonNode value = bound.stripTrailingZeros().scale() <= 0
                    ? NODES.numberNode(bound.toBigIntegerExact())
                    : NODES.numberNode(bound);
            faults.add(new Fault(FaultKind.NUMBER_BOUND, bound.toPlainString(), value));
        }
        faults.add(new Fault(FaultKind.NUMBER_BOUND, "1e400", NODES.numberNode(new BigDecimal("1e400"))));
        faults.add(new Fault(FaultKind.NUMBER_BOUND, "-1e400", NODES.numberNode(new BigDecimal("-1e400"))));
    }
}
