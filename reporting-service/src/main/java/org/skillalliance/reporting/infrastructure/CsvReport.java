package org.skillalliance.reporting.infrastructure;

import java.util.Map;
import org.skillalliance.web.CsvWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any report as CSV: one row per figure, {@code field,value}, where the field is the figure's path in the JSON form
 * ({@code breakdowns.sizeBand.SMALL.participants}). Built from the JSON form itself, so both carry the same figures.
 * Cells are written by web-support's {@link CsvWriter}: numbers as numbers, every text (names included, such as a
 * programme called {@code =HYPERLINK(...)}) neutralised against formula injection.
 */
public final class CsvReport {

    private CsvReport() {}

    public static CsvWriter render(JsonMapper mapper, Object report) {
        JsonNode tree = mapper.valueToTree(report);
        CsvWriter csv = new CsvWriter().row("field", "value");
        flatten("", tree, csv);
        return csv;
    }

    private static void flatten(String path, JsonNode node, CsvWriter csv) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), csv);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), csv);
            }
        } else if (node.isNumber()) {
            csv.row(path, node.numberValue());
        } else {
            csv.row(path, node.isNull() ? null : node.asString());
        }
    }
}
