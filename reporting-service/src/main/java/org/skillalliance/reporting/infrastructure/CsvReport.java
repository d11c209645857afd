package org.skillalliance.reporting.infrastructure;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any report as CSV: one row per figure, {@code field,value}, where the field is the figure's path in the JSON form
 * ({@code breakdowns.sizeBand.SMALL.participants}). Built from the JSON form itself, so both carry the same figures.
 */
public final class CsvReport {

    private CsvReport() {
    }

    public static String render(JsonMapper mapper, Object report) {
        JsonNode tree = mapper.valueToTree(report);
        StringBuilder csv = new StringBuilder("field,value\r\n");
        flatten("", tree, csv);
        return csv.toString();
    }

    private static void flatten(String path, JsonNode node, StringBuilder csv) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), csv);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), csv);
            }
        } else {
            csv.append(quote(path)).append(',').append(node.isNull() ? "" : quote(node.asString())).append("\r\n");
        }
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
